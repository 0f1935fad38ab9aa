import {
  opportunityStages,
  opportunityTypes,
  incentiveKinds,
  documentKinds,
  landOwnerships,
  cadastreStatuses,
  zoningStatuses,
  permitStatuses,
  utilities,
} from '#enums/opportunity'
import { searchSorts } from '#enums/opportunity'
import { PER_PAGE, SEARCH_CAP } from '#services/listing_sql'

const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const integer = { type: 'integer' }
const nullableInteger = { type: ['integer', 'null'] }
const number = { type: 'number' }
const boolean = { type: 'boolean' }
const dateTime = { type: ['string', 'null'], format: 'date-time' }

/**
 * A closed object: every property is always sent (null when empty) unless listed as
 * optional, and nothing else is. The contract test holds the API to this.
 */
function object(properties: Record<string, object>, optional: string[] = []) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((name) => !optional.includes(name)),
    additionalProperties: false,
  }
}
const nullable = (schema: { type: string }) => ({ ...schema, type: [schema.type, 'null'] })
const choice = (values: readonly string[]) => ({
  type: ['string', 'null'],
  enum: [...values, null],
})

const sizedImage = nullable(object({ url: string, width: integer, height: integer }))
/** An image with its resized WebP variants (card 480 px, page 1280 px wide). */
const imageSources = {
  ...nullable(object({ url: string, card: sizedImage, page: sizedImage })),
  description: 'The image and its resized WebP variants (card 480 px, page 1280 px wide)',
}

const localised = {
  id: integer,
  slug: string,
  nameEn: string,
  nameSrLatn: string,
  nameSrCyrl: string,
}

/** One error; 422s name the field and the rule, 429s say when to retry. */
const errorList = (item: object, description: string) => ({
  description,
  content: {
    'application/json': { schema: object({ errors: { type: 'array', items: item } }) },
  },
})

/**
 * The OpenAPI 3.1 description of the public API, served at /api/docs. The enums come
 * from the same constants the validators use, so the document cannot drift from them.
 */
export function openApiDocument(serverUrl: string) {
  const filters = [
    [
      'q',
      'Full-text search in English and Serbian (Latin or Cyrillic, accents optional, typos tolerated)',
      string,
    ],
    ['sector', 'Sector slugs, repeated or comma-separated', { type: 'array', items: string }],
    [
      'country',
      'ISO 3166-1 alpha-2 code of the listing country',
      { ...string, minLength: 2, maxLength: 2 },
    ],
    ['municipality', 'Municipality slug', string],
    ['district', 'District name (Serbian administrative district)', string],
    ['type', 'Project type', { type: 'string', enum: [...opportunityTypes] }],
    ['stage', 'Project stage', { type: 'string', enum: [...opportunityStages] }],
    ['ticket_min', 'Smallest acceptable minimum ticket, EUR', { ...integer, minimum: 0 }],
    ['ticket_max', 'Largest acceptable minimum ticket, EUR', { ...integer, minimum: 0 }],
    [
      'sort',
      'Order (relevance is the default when q is given, newest otherwise)',
      { type: 'string', enum: [...searchSorts] },
    ],
    [
      'page',
      'Page number (at most 10,000)',
      { ...integer, minimum: 1, maximum: 10_000, default: 1 },
    ],
    [
      'per_page',
      `Results per page (at most 50, default ${PER_PAGE}); the only spelling accepted`,
      { ...integer, minimum: 1, maximum: 50, default: PER_PAGE },
    ],
  ] as const

  const siteReadiness = {
    landOwnership: choice(landOwnerships),
    cadastreStatus: choice(cadastreStatuses),
    zoning: choice(zoningStatuses),
    buildingPermit: choice(permitStatuses),
    utilities: { type: 'array', items: { type: 'string', enum: [...utilities] } },
    motorwayKm: { type: ['number', 'null'] },
    airportKm: { type: ['number', 'null'] },
    railKm: { type: ['number', 'null'] },
  }

  const cardProperties = {
    id: integer,
    slug: string,
    status: string,
    titleEn: nullableString,
    titleSr: nullableString,
    summaryEn: nullableString,
    summarySr: nullableString,
    type: { type: 'string', enum: [...opportunityTypes] },
    stage: { type: 'string', enum: [...opportunityStages] },
    minTicketEur: integer,
    totalSizeEur: integer,
    jobsExpected: nullableInteger,
    areaSqm: nullableInteger,
    interestsCount: integer,
    publishedAt: dateTime,
    confirmedAt: dateTime,
    daysSinceConfirmed: nullableInteger,
    featuredUntil: { ...dateTime, description: 'Featured (ranked first) until this moment' },
    featured: boolean,
    coverImageUrl: nullableString,
    coverImage: imageSources,
    municipality: object({
      ...localised,
      countryId: integer,
      district: nullableString,
      latitude: number,
      longitude: number,
    }),
    sectors: { type: 'array', items: object(localised) },
    organisation: object({ name: string, slug: string, kind: string }),
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Most public API',
      version: '1.0.0',
      description:
        'Read-only access to the investment opportunities published on Most, the marketplace for the Serbian diaspora. No authentication; responses are JSON.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/opportunities': {
        get: {
          operationId: 'listOpportunities',
          summary: 'Search published opportunities',
          description:
            'Results come in pages of at most 50 (per_page, default 20) up to page 10,000; metadata holds links to the first, last, next and previous page of the same search. A parameter not listed here is refused with 422.',
          parameters: filters.map(([name, description, schema]) => ({
            name,
            in: 'query',
            required: false,
            description,
            schema,
            ...(name === 'sector' ? { style: 'form', explode: true } : {}),
          })),
          responses: {
            '200': {
              description: 'One page of results',
              content: {
                'application/json': {
                  schema: object({
                    data: {
                      type: 'array',
                      items: { $ref: '#/components/schemas/OpportunityCard' },
                    },
                    metadata: { $ref: '#/components/schemas/PaginationMeta' },
                  }),
                },
              },
            },
            '422': { $ref: '#/components/responses/ValidationError' },
            '429': { $ref: '#/components/responses/TooManyRequests' },
          },
        },
      },
      '/api/v1/opportunities/{slug}': {
        get: {
          operationId: 'getOpportunity',
          summary: 'One published opportunity',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: string }],
          responses: {
            '200': {
              description: 'The opportunity',
              content: {
                'application/json': {
                  schema: object({ data: { $ref: '#/components/schemas/OpportunityDetail' } }),
                },
              },
            },
            '404': { $ref: '#/components/responses/NotFound' },
            '429': { $ref: '#/components/responses/TooManyRequests' },
          },
        },
      },
    },
    components: {
      schemas: {
        OpportunityCard: object(cardProperties),
        OpportunityDetail: object({
          ...cardProperties,
          descriptionEn: nullableString,
          descriptionSr: nullableString,
          timeline: nullableString,
          contactName: string,
          viewsCount: integer,
          savesCount: integer,
          site: {
            // Not every project has land: each part of the site is optional.
            ...nullable(object(siteReadiness, Object.keys(siteReadiness))),
            description: 'Site readiness: land, permits, utilities, distances in km',
          },
          incentives: {
            type: 'array',
            items: object({
              id: integer,
              kind: { type: 'string', enum: [...incentiveKinds] },
              amountEur: nullableInteger,
              percentage: { type: ['number', 'null'] },
              conditions: nullableString,
            }),
          },
          documents: {
            type: 'array',
            description:
              'Public documents and gallery images (data-room files are never listed here)',
            items: object({
              id: integer,
              kind: {
                type: 'string',
                enum: documentKinds.filter((kind) => kind !== 'data_room'),
              },
              title: string,
              fileName: string,
              mimeType: string,
              sizeBytes: integer,
              width: nullableInteger,
              height: nullableInteger,
              url: string,
              image: imageSources,
            }),
          },
        }),
        PaginationMeta: object({
          total: integer,
          perPage: integer,
          currentPage: integer,
          lastPage: integer,
          firstPage: integer,
          firstPageUrl: { ...string, description: 'This endpoint with the same filters, page 1' },
          lastPageUrl: string,
          nextPageUrl: nullableString,
          previousPageUrl: nullableString,
          totalCapped: {
            type: 'boolean',
            description: `A text search counts at most ${SEARCH_CAP} matches; true when it stopped there`,
          },
        }),
      },
      responses: {
        ValidationError: errorList(
          object({ field: string, message: string, rule: string, meta: { type: 'object' } }, [
            'meta',
          ]),
          'A filter has an invalid value'
        ),
        NotFound: {
          description: 'No published opportunity has this slug',
          content: { 'application/json': { schema: object({ message: string }) } },
        },
        TooManyRequests: errorList(
          object({ message: string, retryAfter: integer }),
          'Too many requests from this address; retry after the Retry-After header (seconds)'
        ),
      },
    },
  }
}
