import type { OrganisationKind } from '#enums/organisation'

export interface DirectoryEntry {
  name: string
  slug: string
  kind: OrganisationKind
  /** Country code of a listing-region country (RS, ME, MK, BA, MD, BG). */
  country: string
  municipality: string
  website: string | null
  description: string
}

/**
 * Demo entries of the public directory: partner organisations and diaspora actors
 * across Serbia and the region, added by staff (no members, so none can log in).
 * Names follow real kinds of institutions; details are illustrative.
 */
export const demoDirectory: DirectoryEntry[] = [
  {
    name: 'Privredna komora Srbije — Regionalna komora Niš',
    slug: 'pks-regionalna-komora-nis',
    kind: 'chamber',
    country: 'RS',
    municipality: 'nis',
    website: 'https://pks.rs',
    description:
      'Regional chamber of commerce for the Nišava, Toplica and Pirot districts: company registers, trade missions and B2B matchmaking.',
  },
  {
    name: 'Naučno-tehnološki park Beograd',
    slug: 'ntp-beograd',
    kind: 'technology_park',
    country: 'RS',
    municipality: 'beograd',
    website: 'https://ntpark.rs',
    description:
      'Science and technology park in Zvezdara: incubation, office space and an accelerator for deep-tech start-ups.',
  },
  {
    name: 'Naučno-tehnološki park Novi Sad',
    slug: 'ntp-novi-sad',
    kind: 'technology_park',
    country: 'RS',
    municipality: 'novi-sad',
    website: null,
    description:
      'Home to more than 100 ICT companies on the Danube; supports founders returning from abroad with soft-landing packages.',
  },
  {
    name: 'Grad Subotica — Kancelarija za lokalni ekonomski razvoj',
    slug: 'subotica-ler',
    kind: 'municipal_office',
    country: 'RS',
    municipality: 'subotica',
    website: null,
    description:
      'Industrial zones near the Hungarian border, incentives for greenfield investors and help with permits.',
  },
  {
    name: 'Mreža poslovnih anđela Srbije',
    slug: 'serbian-business-angels',
    kind: 'investor_network',
    country: 'RS',
    municipality: 'beograd',
    website: null,
    description:
      'Business angels from Serbia and the diaspora who co-invest in early-stage companies; monthly pitch evenings.',
  },
  {
    name: 'Udruženje „Povratak“',
    slug: 'udruzenje-povratak',
    kind: 'ngo',
    country: 'RS',
    municipality: 'kragujevac',
    website: null,
    description:
      'Returnees helping returnees: schools, health insurance, recognition of diplomas and first steps in business.',
  },
  {
    name: 'Privredna komora Crne Gore',
    slug: 'privredna-komora-crne-gore',
    kind: 'chamber',
    country: 'ME',
    municipality: 'podgorica',
    website: null,
    description:
      'Chamber of Economy of Montenegro: sector associations, export promotion, investor services.',
  },
  {
    name: 'Tehnopolis Nikšić',
    slug: 'tehnopolis-niksic',
    kind: 'technology_park',
    country: 'ME',
    municipality: 'niksic',
    website: null,
    description:
      'Innovation and entrepreneurship centre in Nikšić with co-working space and start-up programmes.',
  },
  {
    name: 'Grad Skopje — Sektor za lokalni ekonomski razvoj',
    slug: 'skopje-led',
    kind: 'municipal_office',
    country: 'MK',
    municipality: 'skopje',
    website: null,
    description:
      'Local economic development office of the City of Skopje: land, utilities and investor aftercare.',
  },
  {
    name: 'Diaspora Investment Network Bitola',
    slug: 'diaspora-network-bitola',
    kind: 'investor_network',
    country: 'MK',
    municipality: 'bitola',
    website: null,
    description:
      'Emigrants from Pelagonia who pool capital for local agri-food and tourism projects.',
  },
  {
    name: 'Vanjskotrgovinska komora BiH',
    slug: 'vtk-bih',
    kind: 'chamber',
    country: 'BA',
    municipality: 'sarajevo',
    website: null,
    description:
      'Foreign Trade Chamber of Bosnia and Herzegovina: trade fairs, certificates of origin, investor desk.',
  },
  {
    name: 'Inovacioni centar Banja Luka',
    slug: 'icbl',
    kind: 'technology_park',
    country: 'BA',
    municipality: 'banja-luka',
    website: null,
    description:
      'Innovation centre with incubator, fab lab and training for ICT and creative industries.',
  },
  {
    name: 'Agro Semberija d.o.o.',
    slug: 'agro-semberija',
    kind: 'company',
    country: 'BA',
    municipality: 'bijeljina',
    website: null,
    description:
      'Vegetable grower and processor in Semberija seeking a co-investor for a drying line.',
  },
  {
    name: 'Chișinău — Direcția pentru dezvoltare economică',
    slug: 'chisinau-economic-development',
    kind: 'municipal_office',
    country: 'MD',
    municipality: 'chisinau',
    website: null,
    description:
      'Economic development office of the Municipality of Chișinău: free economic zones and diaspora programmes.',
  },
  {
    name: 'Diaspora Business Hub Bălți',
    slug: 'diaspora-hub-balti',
    kind: 'ngo',
    country: 'MD',
    municipality: 'balti',
    website: null,
    description:
      'Helps Moldovans abroad start or grow a business at home: mentoring, grants and introductions.',
  },
  {
    name: 'Sofia Tech Park',
    slug: 'sofia-tech-park',
    kind: 'technology_park',
    country: 'BG',
    municipality: 'sofia',
    website: null,
    description:
      'Science and technology park with laboratories, an incubator and an innovation forum.',
  },
  {
    name: 'Plovdiv Chamber of Commerce and Industry',
    slug: 'plovdiv-chamber',
    kind: 'chamber',
    country: 'BG',
    municipality: 'plovdiv',
    website: null,
    description:
      'Regional chamber for the Trakia Economic Zone: supplier lists, fairs and investor visits.',
  },
]
