export interface DemoStory {
  slug: string
  personName: string
  municipality: string
  titleEn: string
  titleSr: string
  bodyEn: string
  bodySr: string
  consentNote: string
  /** Days before seeding it was published. */
  publishedDaysAgo: number
}

/** Illustrative success stories for the demo (people and details are invented). */
export const demoStories: DemoStory[] = [
  {
    slug: 'marko-back-from-munich-opens-a-lab-in-nis',
    personName: 'Marko Stanković',
    municipality: 'nis',
    titleEn: 'Back from Munich, Marko opens an electronics lab in Niš',
    titleSr: 'Posle Minhena, Marko otvara laboratoriju za elektroniku u Nišu',
    bodyEn:
      'Marko spent twelve years designing sensors for the car industry in Munich. When the Niš office for cooperation with the diaspora introduced him to the science-technology park, he found space, a first client and engineers who had studied where he did.\n\nToday the lab employs fourteen people, half of them returnees, and tests parts for two German suppliers.',
    bodySr:
      'Marko je dvanaest godina projektovao senzore za automobilsku industriju u Minhenu. Kada ga je niška Kancelarija za saradnju sa dijasporom upoznala sa naučno-tehnološkim parkom, našao je prostor, prvog klijenta i inženjere koji su studirali gde i on.\n\nDanas laboratorija zapošljava četrnaest ljudi, od kojih je polovina povratnika, i testira delove za dva nemačka dobavljača.',
    consentNote: 'Signed consent form, e-mailed 2026-10-02',
    publishedDaysAgo: 12,
  },
  {
    slug: 'snezana-invests-in-a-clinic-in-kragujevac',
    personName: 'Snežana Ilić',
    municipality: 'kragujevac',
    titleEn: 'A doctor from Vienna invests in a day clinic in Kragujevac',
    titleSr: 'Lekarka iz Beča ulaže u dnevnu bolnicu u Kragujevcu',
    bodyEn:
      'Snežana left Kragujevac after medical school. Twenty years later she and two colleagues from Vienna put €600,000 into a day clinic in the city where she was born, with help from the local economic development office on the permits.\n\nShe still works in Vienna two weeks a month and plans to move back for good next year.',
    bodySr:
      'Snežana je otišla iz Kragujevca posle medicinskog fakulteta. Dvadeset godina kasnije, sa dvoje kolega iz Beča uložila je 600.000 evra u dnevnu bolnicu u gradu u kome je rođena, uz pomoć kancelarije za lokalni ekonomski razvoj oko dozvola.\n\nI dalje radi u Beču dve nedelje mesečno i planira da se sledeće godine vrati zauvek.',
    consentNote: 'Consent by e-mail, 2026-09-18',
    publishedDaysAgo: 30,
  },
  {
    slug: 'dusan-brings-fruit-drying-to-cacak',
    personName: 'Dušan Marković',
    municipality: 'cacak',
    titleEn: 'From Zurich to Čačak: drying raspberries instead of exporting them raw',
    titleSr: 'Od Ciriha do Čačka: sušene maline umesto izvoza sirovine',
    bodyEn:
      'Dušan ran a logistics firm in Zurich. Through Most he met a Čačak cooperative looking for a partner for a freeze-drying line; the line opened this spring and buys from 120 local growers.',
    bodySr:
      'Dušan je vodio logističku firmu u Cirihu. Preko Mosta je upoznao čačansku zadrugu koja je tražila partnera za liniju za liofilizaciju; linija je otvorena ovog proleća i otkupljuje od 120 lokalnih proizvođača.',
    consentNote: 'Signed consent form at the Zurich diaspora conference',
    publishedDaysAgo: 55,
  },
]
