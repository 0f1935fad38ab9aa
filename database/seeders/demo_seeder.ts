import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import User from '#models/user'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import { DEMO_PASSWORD, demoAccounts } from '#database/data/demo_accounts'
import type { OrganisationKind } from '#enums/organisation'

interface DemoOrganisation {
  name: string
  slug: string
  kind: OrganisationKind
  municipality: string
  website: string | null
  description: string
  ownerEmail: string
}

const organisations: DemoOrganisation[] = [
  {
    name: 'Grad Niš — Kancelarija za saradnju sa dijasporom',
    slug: 'nis-kancelarija-za-dijasporu',
    kind: 'municipal_office',
    municipality: 'nis',
    website: 'https://www.ni.rs',
    description:
      'Opened in 2013 in the Mayor’s office as the first office of its kind in Serbia: a personal assistant for every member of the diaspora, and information for investors in Niš.',
    ownerEmail: 'dijaspora@nis.most.demo',
  },
  {
    name: 'Grad Kragujevac — Kancelarija za lokalni ekonomski razvoj',
    slug: 'kragujevac-ler',
    kind: 'municipal_office',
    municipality: 'kragujevac',
    website: 'https://www.kragujevac.rs',
    description:
      'Local economic development office of the City of Kragujevac: industrial zones, incentives and permits.',
    ownerEmail: 'investicije@kragujevac.most.demo',
  },
  {
    name: 'Grad Čačak — Kancelarija za lokalni ekonomski razvoj',
    slug: 'cacak-ler',
    kind: 'municipal_office',
    municipality: 'cacak',
    website: 'https://www.cacak.org.rs',
    description:
      'Investment support for Čačak and the Moravica district: land, agriculture and food processing.',
    ownerEmail: 'ler@cacak.most.demo',
  },
  {
    name: 'Naučno-tehnološki park Niš',
    slug: 'ntp-nis',
    kind: 'technology_park',
    municipality: 'nis',
    website: 'https://www.ntpnis.rs',
    description: 'Science Technology Park Niš, opened in 2020 with 31 firms and about 440 staff.',
    ownerEmail: 'office@ntp-nis.most.demo',
  },
  {
    name: 'Voćar Fruit d.o.o.',
    slug: 'vocar-fruit',
    kind: 'company',
    municipality: 'leskovac',
    website: null,
    description:
      'Family fruit-processing company from Leskovac looking for partners to expand cold storage.',
    ownerEmail: 'ana@vocar-fruit.most.demo',
  },
  {
    name: 'NišData Labs d.o.o.',
    slug: 'nisdata-labs',
    kind: 'company',
    municipality: 'nis',
    website: null,
    description:
      'Software company in the Niš technology park, raising capital for a data-centre product line.',
    ownerEmail: 'milos@nisdata.most.demo',
  },
]

const investorResidences: Record<string, { country: string; city: string; placeOfBirth: string }> =
  {
    'vladimir@investor.most.demo': { country: 'DE', city: 'München', placeOfBirth: 'Niš' },
    'snezana@investor.most.demo': { country: 'AT', city: 'Wien', placeOfBirth: 'Kragujevac' },
    'dusan@investor.most.demo': { country: 'CH', city: 'Zürich', placeOfBirth: 'Čačak' },
  }

/** The demo `npm start` shows: partners, investors, staff and an admin with known passwords. */
export default class DemoSeeder extends BaseSeeder {
  async run() {
    const users = new Map<string, User>()
    for (const account of demoAccounts) {
      const user = await User.updateOrCreate(
        { email: account.email },
        {
          fullName: account.fullName,
          role: account.role,
          password: DEMO_PASSWORD,
          locale: account.role === 'investor' || account.role === 'admin' ? 'en' : 'sr-Latn',
          emailVerifiedAt: DateTime.now(),
        },
        { client: this.client }
      )
      users.set(account.email, user)
    }

    for (const [email, residence] of Object.entries(investorResidences)) {
      const country = await Country.findByOrFail('code', residence.country, { client: this.client })
      await users.get(email)!.related('investorProfile').updateOrCreate(
        {},
        {
          residenceCountryId: country.id,
          residenceCity: residence.city,
          placeOfBirth: residence.placeOfBirth,
        }
      )
    }

    const serbia = await Country.findByOrFail('code', 'RS', { client: this.client })
    const reviewer = users.get('milica.staff@most.demo')!
    for (const { ownerEmail, municipality: slug, ...data } of organisations) {
      const municipality = await Municipality.findByOrFail('slug', slug, { client: this.client })
      const organisation = await Organisation.updateOrCreate(
        { slug: data.slug },
        {
          ...data,
          status: 'approved',
          countryId: serbia.id,
          municipalityId: municipality.id,
          reviewedById: reviewer.id,
          reviewedAt: DateTime.now(),
        },
        { client: this.client }
      )
      await organisation
        .related('members')
        .updateOrCreate({ userId: users.get(ownerEmail)!.id }, { role: 'owner' })
    }
  }
}
