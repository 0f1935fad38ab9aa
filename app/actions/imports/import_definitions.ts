import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { VineValidator } from '@vinejs/vine'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import Organisation from '#models/organisation'
import type User from '#models/user'
import { opportunityValidator, type OpportunityData } from '#validators/opportunity'
import { contactImportValidator, type ContactImportData } from '#validators/import'
import { opportunityStages, opportunityTypes } from '#enums/opportunity'
import type { ImportKind } from '#enums/import'
import CreateOpportunity from '#actions/opportunities/create_opportunity'
import { refreshSearchIndex } from '#actions/opportunities/apply_opportunity_data'
import ContactForEmail from '#actions/deals/contacts/contact_for_email'
import { latinKey } from '#services/serbian_script'

/** A spreadsheet column an import knows, with header names it recognises on its own. */
export interface ImportField {
  key: string
  required: boolean
  aliases: string[]
}

/** A cell value problem found before validation (an unknown municipality or sector). */
export interface LookupProblem {
  field: string
  code: 'unknown_municipality' | 'unknown_sector' | 'unknown_choice'
  value: string
}

interface Definition<Data> {
  fields: ImportField[]
  /** The validator the matching form uses, so an import follows the same rules. */
  validator: VineValidator<any, any>
  /** Reference data for turning cells into form values, loaded once per run. */
  lookups(): Promise<Lookups>
  /** The row's cells (by field) as the form would send them. */
  toInput(
    cells: Record<string, string | undefined>,
    lookups: Lookups
  ): { input: Record<string, unknown>; problems: LookupProblem[] }
  /** Validator field names back to spreadsheet field names (sectorIds.0 → sectors). */
  fieldOf(validatorField: string): string
  /** Store every valid row inside the caller's transaction; returns how many were stored. */
  store(
    trx: TransactionClientContract,
    rows: Data[],
    context: {
      actor: User
      organisationId: number | null
      /** Called after each stored row with how many are stored so far. */
      progress: (stored: number) => Promise<void>
    }
  ): Promise<number>
}

interface Lookups {
  municipalities: Map<string, number>
  sectors: Map<string, number>
}

/** Lower case, no diacritics, đ → dj, Cyrillic → Latin, only letters and digits. */
export function normalizeName(text: string) {
  return latinKey(text).replaceAll(' ', '')
}

const field = (key: string, required: boolean, ...aliases: string[]): ImportField => ({
  key,
  required,
  aliases: [key, ...aliases].map(normalizeName),
})

function choice(value: string | undefined, allowed: readonly string[]) {
  if (!value) return undefined
  const wanted = normalizeName(value)
  return allowed.find((option) => normalizeName(option) === wanted) ?? value
}

/**
 * A number as the form's JSON would send it (the cross-field rules compare numbers);
 * anything else stays text for the validator to name. "1.500.000" and "1 500 000" read
 * as 1500000 (thousands separators), a decimal comma as a point.
 */
function numeric(value: string | undefined) {
  if (!value) return undefined
  const compact = value.replace(/[\s\u00a0']/g, '')
  const plain = /^\d{1,3}([.,]\d{3})+$/.test(compact)
    ? compact.replace(/[.,]/g, '')
    : compact.replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value
}

const listings: Definition<OpportunityData> = {
  fields: [
    field('titleEn', false, 'title', 'title en', 'naziv en'),
    field('titleSr', false, 'title sr', 'naziv', 'naslov'),
    field('summaryEn', false, 'summary', 'summary en'),
    field('summarySr', false, 'summary sr', 'sazetak', 'kratak opis'),
    field('descriptionEn', false, 'description', 'description en'),
    field('descriptionSr', false, 'description sr', 'opis'),
    field('sectors', true, 'sector', 'sektor', 'sektori'),
    field('municipality', true, 'opstina', 'grad', 'city', 'place'),
    field('type', true, 'vrsta', 'tip'),
    field('stage', true, 'faza'),
    field('totalSizeEur', true, 'total size', 'total', 'ukupno', 'vrednost'),
    field('minTicketEur', true, 'minimum ticket', 'min ticket', 'minimalno ulaganje'),
    field('jobsExpected', false, 'jobs', 'radna mesta'),
    field('areaSqm', false, 'area', 'povrsina'),
    field('timeline', false, 'rok'),
    field('contactName', true, 'contact', 'kontakt', 'contact person'),
    field('contactEmail', true, 'email', 'e-mail', 'contact e-mail'),
    field('contactPhone', false, 'phone', 'telefon'),
  ],
  validator: opportunityValidator,
  async lookups() {
    const municipalities = new Map<string, number>()
    for (const row of await Municipality.all()) {
      for (const name of [row.slug, row.nameEn, row.nameSrLatn, row.nameSrCyrl]) {
        municipalities.set(normalizeName(name), row.id)
      }
    }
    const sectors = new Map<string, number>()
    for (const row of await Sector.all()) {
      for (const name of [row.slug, row.nameEn, row.nameSrLatn, row.nameSrCyrl]) {
        sectors.set(normalizeName(name), row.id)
      }
    }
    return { municipalities, sectors }
  },
  toInput(cells, lookups) {
    const problems: LookupProblem[] = []
    let municipalityId: number | undefined
    if (cells.municipality) {
      municipalityId = lookups.municipalities.get(normalizeName(cells.municipality))
      if (!municipalityId) {
        problems.push({
          field: 'municipality',
          code: 'unknown_municipality',
          value: cells.municipality,
        })
      }
    }
    const sectorIds: number[] = []
    for (const name of (cells.sectors ?? '').split(/[,;]/).map((part) => part.trim())) {
      if (!name) continue
      const id = lookups.sectors.get(normalizeName(name))
      if (id) sectorIds.push(id)
      else problems.push({ field: 'sectors', code: 'unknown_sector', value: name })
    }
    const input: Record<string, unknown> = {
      titleEn: cells.titleEn,
      titleSr: cells.titleSr,
      summaryEn: cells.summaryEn,
      summarySr: cells.summarySr,
      descriptionEn: cells.descriptionEn,
      descriptionSr: cells.descriptionSr,
      sectorIds,
      municipalityId,
      type: choice(cells.type, opportunityTypes),
      stage: choice(cells.stage, opportunityStages),
      totalSizeEur: numeric(cells.totalSizeEur),
      minTicketEur: numeric(cells.minTicketEur),
      jobsExpected: numeric(cells.jobsExpected),
      areaSqm: numeric(cells.areaSqm),
      timeline: cells.timeline,
      contactName: cells.contactName,
      contactEmail: cells.contactEmail,
      contactPhone: cells.contactPhone,
    }
    return { input, problems }
  },
  fieldOf(validatorField) {
    const root = validatorField.split('.')[0]
    if (root === 'sectorIds') return 'sectors'
    if (root === 'municipalityId') return 'municipality'
    return root
  },
  async store(trx, rows, { actor, organisationId, progress }) {
    const organisation = await Organisation.findOrFail(organisationId, { client: trx })
    const ids: number[] = []
    for (const [index, data] of rows.entries()) {
      const opportunity = await new CreateOpportunity().handle({
        organisation,
        author: actor,
        data,
        trx,
        refreshSearch: false,
      })
      ids.push(opportunity.id)
      await progress(index + 1)
    }
    // The search columns of every new listing, a few hundred per statement.
    for (let start = 0; start < ids.length; start += 500) {
      await refreshSearchIndex(ids.slice(start, start + 500), trx)
    }
    return rows.length
  },
}

const contacts: Definition<ContactImportData> = {
  fields: [
    field('fullName', true, 'name', 'full name', 'ime', 'ime i prezime'),
    field('email', true, 'e-mail', 'mail', 'email adresa'),
    field('kind', false, 'type', 'vrsta'),
    field('phone', false, 'telefon'),
    field('company', false, 'firma', 'kompanija'),
    field('currentJob', false, 'job', 'posao', 'zanimanje'),
    field('placeOfResidence', false, 'residence', 'mesto boravka'),
    field('placeOfBirth', false, 'birthplace', 'mesto rodjenja'),
  ],
  validator: contactImportValidator,
  async lookups() {
    return { municipalities: new Map(), sectors: new Map() }
  },
  toInput(cells) {
    return { input: { ...cells }, problems: [] }
  },
  fieldOf(validatorField) {
    return validatorField.split('.')[0]
  },
  async store(trx, rows, { actor, progress }) {
    for (const [index, data] of rows.entries()) {
      const contact = await new ContactForEmail().handle({ email: data.email, trx })
      contact.useTransaction(trx)
      contact.merge({
        fullName: data.fullName,
        kind: data.kind ?? (contact.$isPersisted ? contact.kind : 'investor'),
        phone: data.phone ?? contact.phone ?? null,
        company: data.company ?? contact.company ?? null,
        currentJob: data.currentJob ?? contact.currentJob ?? null,
        placeOfResidence: data.placeOfResidence ?? contact.placeOfResidence ?? null,
        placeOfBirth: data.placeOfBirth ?? contact.placeOfBirth ?? null,
      })
      if (!contact.$isPersisted) contact.ownerId = actor.id
      await contact.save()
      await progress(index + 1)
    }
    return rows.length
  },
}

export const importDefinitions: Record<ImportKind, Definition<any>> = { listings, contacts }
