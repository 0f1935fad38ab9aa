/**
 * The demo logins `npm start` prints. All share one password so a visitor can
 * try each role; never use these on a public deployment.
 */
export const DEMO_PASSWORD = 'most-demo-2026'

export interface DemoAccount {
  fullName: string
  email: string
  role: 'investor' | 'partner' | 'staff' | 'admin'
  note: string
}

export const demoAccounts: DemoAccount[] = [
  { fullName: 'Jelena Marković', email: 'admin@most.demo', role: 'admin', note: 'Administrator' },
  {
    fullName: 'Milica Stojanović',
    email: 'milica.staff@most.demo',
    role: 'staff',
    note: 'Personal assistant (CRM)',
  },
  {
    fullName: 'Nikola Petrović',
    email: 'nikola.staff@most.demo',
    role: 'staff',
    note: 'Personal assistant (CRM)',
  },
  {
    fullName: 'Dragana Ilić',
    email: 'dijaspora@nis.most.demo',
    role: 'partner',
    note: 'Niš Office for Cooperation with the Diaspora (owner)',
  },
  {
    fullName: 'Marko Đorđević',
    email: 'investicije@kragujevac.most.demo',
    role: 'partner',
    note: 'City of Kragujevac, Local Economic Development Office (owner)',
  },
  {
    fullName: 'Ivana Kovačević',
    email: 'ler@cacak.most.demo',
    role: 'partner',
    note: 'City of Čačak, Local Economic Development Office (owner)',
  },
  {
    fullName: 'Stefan Nikolić',
    email: 'office@ntp-nis.most.demo',
    role: 'partner',
    note: 'Science Technology Park Niš (owner)',
  },
  {
    fullName: 'Ana Jovanović',
    email: 'ana@vocar-fruit.most.demo',
    role: 'partner',
    note: 'Voćar Fruit d.o.o., Leskovac (owner)',
  },
  {
    fullName: 'Miloš Savić',
    email: 'milos@nisdata.most.demo',
    role: 'partner',
    note: 'NišData Labs d.o.o. (owner)',
  },
  {
    fullName: 'Vladimir Janković',
    email: 'vladimir@investor.most.demo',
    role: 'investor',
    note: 'Engineer from Niš living in Munich, Germany',
  },
  {
    fullName: 'Snežana Popović',
    email: 'snezana@investor.most.demo',
    role: 'investor',
    note: 'Doctor from Kragujevac living in Vienna, Austria',
  },
  {
    fullName: 'Dušan Milenković',
    email: 'dusan@investor.most.demo',
    role: 'investor',
    note: 'Entrepreneur from Čačak living in Zurich, Switzerland',
  },
]
