import { importDefinitions } from '#actions/imports/import_definitions'
import { toCsv } from '#services/csv'
import { writeXlsx } from '#services/spreadsheet'
import type { ImportKind } from '#enums/import'

/** An example row per kind, so the template shows what a cell may hold. */
const examples: Record<ImportKind, Record<string, string | number>> = {
  listings: {
    titleEn: 'Cold storage for berries',
    titleSr: 'Hladnjača za bobičasto voće',
    summaryEn: 'A 2,000 m² cold store next to the motorway.',
    summarySr: 'Hladnjača od 2.000 m² pored autoputa.',
    descriptionEn: 'Fruit growers of the region need storage close to the fields.',
    descriptionSr: 'Voćarima iz okoline treba skladište blizu polja.',
    sectors: 'agriculture-food, logistics',
    municipality: 'Niš',
    type: 'greenfield',
    stage: 'planning',
    totalSizeEur: 1_500_000,
    minTicketEur: 250_000,
    jobsExpected: 40,
    contactName: 'Dragana Ilić',
    contactEmail: 'investicije@example.rs',
    contactPhone: '+381 18 555 111',
  },
  contacts: {
    fullName: 'Marko Petrović',
    email: 'marko.petrovic@example.com',
    kind: 'investor',
    company: 'Petrović GmbH',
    placeOfResidence: 'Munich',
    placeOfBirth: 'Niš',
  },
}

/** The file to fill in: one column per field (the names the import recognises) and an example. */
export default class BuildImportTemplate {
  async handle({ kind, format }: { kind: ImportKind; format: 'xlsx' | 'csv' }) {
    const header = importDefinitions[kind].fields.map((field) => field.key)
    const row = header.map((key) => examples[kind][key] ?? '')
    return format === 'csv' ? Buffer.from(toCsv(header, [row])) : writeXlsx(header, [row])
  }
}
