import vine, { errors } from '@vinejs/vine'
import i18nManager from '@adonisjs/i18n/services/main'
import { imageDecodes, imageExtensions } from '#validators/image'
import type { Infer } from '@vinejs/vine/types'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import {
  cadastreStatuses,
  contactChannels,
  contactLanguages,
  documentKinds,
  incentiveKinds,
  landOwnerships,
  opportunityStages,
  opportunityTypes,
  permitStatuses,
  utilities,
  zoningStatuses,
  searchSorts,
} from '#enums/opportunity'
import { contentMatches, declaredExtension, uploadTypes } from '#services/file_signature'

const euros = () => vine.number().withoutDecimals().min(0).max(2_000_000_000)

/** The browse page's and the API's query string; every filter is optional. */
export const opportunitySearchValidator = vine.create({
  q: vine.string().trim().maxLength(200).optional(),
  sector: vine.array(vine.string().trim().maxLength(60)).maxLength(18).optional(),
  country: vine.string().trim().toUpperCase().fixedLength(2).optional(),
  municipality: vine.string().trim().maxLength(80).optional(),
  district: vine.string().trim().maxLength(80).optional(),
  type: vine.enum(opportunityTypes).optional(),
  stage: vine.enum(opportunityStages).optional(),
  ticket_min: euros().optional(),
  ticket_max: euros().optional(),
  sort: vine.enum(searchSorts).optional(),
  page: vine.number().withoutDecimals().range([1, 10_000]).optional(),
  per_page: vine.number().withoutDecimals().range([1, 50]).optional(),
})
/** The parameters the public API's search takes; any other one is refused (422). */
export const searchParameters = [
  'q',
  'sector',
  'country',
  'municipality',
  'district',
  'type',
  'stage',
  'ticket_min',
  'ticket_max',
  'sort',
  'page',
  'per_page',
] as const

/**
 * Query-string names the API's search does not know (`perPage`, a typo) are named back in
 * a 422, like a bad value, instead of being silently ignored. The API answers in English.
 */
export function refuseUnknownSearchParameters(qs: Record<string, unknown>) {
  const unknown = Object.keys(qs).filter(
    (name) => !(searchParameters as readonly string[]).includes(name)
  )
  if (!unknown.length) return
  const message = i18nManager
    .locale(i18nManager.defaultLocale)
    .t('errors.unknown_parameter', { accepted: searchParameters.join(', ') })
  throw new errors.E_VALIDATION_ERROR(
    unknown.map((field) => ({ field, message, rule: 'unknownParameter' }))
  )
}

/**
 * The search query string as the validator wants it: `sector` always a list (one
 * `?sector=`, many, or comma-separated) and empty fields (an untouched form input) gone.
 */
export function opportunitySearchInput(qs: Record<string, unknown>) {
  const input = { ...qs }
  const sector = input.sector
  if (sector !== undefined) {
    input.sector = (Array.isArray(sector) ? sector : [sector])
      .flatMap((value: unknown) => String(value).split(','))
      .filter(Boolean)
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === '') delete input[key]
  }
  return input
}
export type OpportunitySearchFilters = Infer<typeof opportunitySearchValidator>

const localisedText = (max: number) => vine.string().trim().maxLength(max).optional()

/**
 * The partner's listing form. A title, summary and description are needed in at
 * least one language (English or Serbian); the other language is optional.
 */
export const opportunityValidator = vine.create({
  titleEn: localisedText(160).requiredIfMissing('titleSr'),
  titleSr: localisedText(160).requiredIfMissing('titleEn'),
  summaryEn: localisedText(500).requiredIfExists('titleEn'),
  summarySr: localisedText(500).requiredIfExists('titleSr'),
  descriptionEn: localisedText(20_000).requiredIfExists('titleEn'),
  descriptionSr: localisedText(20_000).requiredIfExists('titleSr'),
  sectorIds: vine
    .array(vine.number().exists({ table: 'sectors', column: 'id' }))
    .minLength(1)
    .maxLength(4)
    .distinct(),
  municipalityId: vine.number().exists({ table: 'municipalities', column: 'id' }),
  type: vine.enum(opportunityTypes),
  stage: vine.enum(opportunityStages),
  totalSizeEur: euros().min(1),
  // The minimum ticket can never exceed the whole project.
  minTicketEur: euros()
    .min(1)
    .use(
      vine.createRule((value, _, field) => {
        const total = field.data.totalSizeEur
        if (typeof total === 'number' && typeof value === 'number' && value > total) {
          field.report(
            'The minimum ticket cannot exceed the total size.',
            'ticketWithinTotal',
            field
          )
        }
      })()
    ),
  jobsExpected: vine.number().withoutDecimals().range([0, 100_000]).optional(),
  areaSqm: vine.number().withoutDecimals().range([1, 100_000_000]).optional(),
  timeline: vine.string().trim().maxLength(500).optional(),
  contactName: vine.string().trim().minLength(2).maxLength(120),
  contactEmail: vine.string().trim().toLowerCase().email().maxLength(254),
  contactPhone: vine
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{6,30}$/)
    .optional(),
  incentives: vine
    .array(
      vine.object({
        kind: vine.enum(incentiveKinds),
        amountEur: euros().min(1).optional(),
        percentage: vine.number().range([0.01, 100]).optional(),
        conditions: vine.string().trim().maxLength(500).optional(),
      })
    )
    .maxLength(10)
    .optional(),
  site: vine
    .object({
      landOwnership: vine.enum(landOwnerships).optional(),
      cadastreStatus: vine.enum(cadastreStatuses).optional(),
      zoning: vine.enum(zoningStatuses).optional(),
      buildingPermit: vine.enum(permitStatuses).optional(),
      utilities: vine.array(vine.enum(utilities)).distinct().optional(),
      motorwayKm: vine.number().range([0, 1000]).optional(),
      airportKm: vine.number().range([0, 1000]).optional(),
      railKm: vine.number().range([0, 1000]).optional(),
    })
    .optional(),
})
export type OpportunityData = Infer<typeof opportunityValidator>

export const reviewReasonValidator = vine.create({
  reason: vine.string().trim().minLength(5).maxLength(1000),
})

/** Pausing needs no reason; one given is text of a sane length (the history shows it). */
export const pauseOpportunityValidator = vine.create({
  reason: vine.string().trim().maxLength(1000).optional(),
})

export const closeOpportunityValidator = vine.create({
  outcome: vine.enum(['closed', 'funded'] as const),
  reason: vine.string().trim().maxLength(1000).optional(),
})

/** The body parser's own sniffing agrees with the name (an Office file may sniff as a zip). */
function sameType(detected: string | undefined, declared: string) {
  const canonical = (extension?: string) => (extension === 'jpeg' ? 'jpg' : extension)
  if (!(declared in uploadTypes)) return false
  if (canonical(detected) === canonical(declared)) return true
  return detected === 'zip' && ['docx', 'xlsx', 'pptx'].includes(declared)
}

/**
 * The bytes must be what the name says (a "plan.pdf" holding HTML or a PNG is refused),
 * and the file is then stored and served with that type's MIME type, never with the
 * Content-Type the browser claimed.
 */
const realContent = vine.createRule(
  async (value, _, field) => {
    const file = value as MultipartFile
    if (!file?.tmpPath || !file.isValid) return
    const extension = declaredExtension(file.clientName)
    if (!sameType(file.extname, extension) || !(await contentMatches(file.tmpPath, extension))) {
      field.report("The file's content does not match its type.", 'file.content', field, {
        extension,
      })
      return
    }
    if (imageExtensions.includes(extension) && !(await imageDecodes(file.tmpPath, field))) return
    const [type, subtype] = uploadTypes[extension as keyof typeof uploadTypes].split('/')
    file.type = type
    file.subtype = subtype
    file.extname = extension
  },
  { isAsync: true }
)

export const documentUploadValidator = vine.create({
  kind: vine.enum(documentKinds),
  title: vine.string().trim().minLength(2).maxLength(200),
  file: vine
    .file({
      size: '20mb',
      extnames: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'xlsx', 'docx', 'pptx', 'csv', 'zip'],
    })
    .use(realContent()),
})

export const interestValidator = vine.create({
  amountMinEur: euros().min(1),
  amountMaxEur: euros()
    .min(1)
    .use(
      vine.createRule((value, _, field) => {
        const min = field.data.amountMinEur
        if (typeof min === 'number' && typeof value === 'number' && value < min) {
          field.report('The upper amount must be at least the lower one.', 'amountRange', field)
        }
      })()
    ),
  message: vine.string().trim().maxLength(2000).optional(),
  contactChannel: vine.enum(contactChannels),
  contactLanguage: vine.enum(contactLanguages),
  consentToShareContact: vine.accepted(),
})
export type InterestData = Infer<typeof interestValidator>

/** The staff list of interests: only the page number comes from the query string. */
export const staffInterestsValidator = vine.create({
  page: vine.number().withoutDecimals().range([1, 10_000]).optional(),
})
