import {
  opportunityStages,
  opportunityTypes,
  incentiveKinds,
  documentKinds,
} from '#enums/opportunity'
import { searchSorts } from '#validators/opportunity'
import { PER_PAGE } from '#actions/opportunities/search_opportunities'

const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const integer = { type: 'integer' }
const nullableInteger = { type: ['integer', 'null'] }
const dateTime = { type: ['string', 'null'], format: 'date-time' }
const sizedImage = {
  type: ['object', 'null'],
  properties: { url: string, width: integer, height: integer },
}

const localised = {
  type: 'object',
  properties: { id: integer, slug: string, nameEn: string, nameSrLatn: string, nameSrCyrl: string },
}

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
    ['page', 'Page number', { ...integer, minimum: 1, default: 1 }],
    ['per_page', 'Results per page', { ...integer, minimum: 1, maximum: 50, default: PER_PAGE }],
  ] as const

  const opportunityCard = {
    type: 'object',
    properties: {
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
      coverImageUrl: nullableString,
      coverImage: {
        type: ['object', 'null'],
        description: 'The cover and its resized WebP variants (card 480 px, page 1280 px wide)',
        properties: {
          url: string,
          card: sizedImage,
          page: sizedImage,
        },
      },
      municipality: {
        ...localised,
        properties: {
          ...localised.properties,
          district: nullableString,
          latitude: { type: 'number' },
          longitude: { type: 'number' },
        },
      },
      sectors: { type: 'array', items: localised },
      organisation: { type: 'object', properties: { name: string, slug: string, kind: string } },
    },
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
                  schema: {
                    type: 'object',
                    properties: {
                      data: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/OpportunityCard' },
                      },
                      metadata: { $ref: '#/components/schemas/PaginationMeta' },
                    },
                  },
                },
              },
            },
            '422': { $ref: '#/components/responses/ValidationError' },
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
                  schema: {
                    type: 'object',
                    properties: { data: { $ref: '#/components/schemas/OpportunityDetail' } },
                  },
                },
              },
            },
            '404': { description: 'No published opportunity has this slug' },
          },
        },
      },
    },
    components: {
      schemas: {
        OpportunityCard: opportunityCard,
        OpportunityDetail: {
          allOf: [
            { $ref: '#/components/schemas/OpportunityCard' },
            {
              type: 'object',
              properties: {
                descriptionEn: nullableString,
                descriptionSr: nullableString,
                timeline: nullableString,
                contactName: string,
                viewsCount: integer,
                savesCount: integer,
                site: { type: ['object', 'null'] },
                incentives: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: integer,
                      kind: { type: 'string', enum: [...incentiveKinds] },
                      amountEur: nullableInteger,
                      percentage: { type: ['number', 'null'] },
                      conditions: nullableString,
                    },
                  },
                },
                documents: {
                  type: 'array',
                  description:
                    'Public documents and gallery images (data-room files are never listed here)',
                  items: {
                    type: 'object',
                    properties: {
                      id: integer,
                      kind: {
                        type: 'string',
                        enum: documentKinds.filter((kind) => kind !== 'data_room'),
                      },
                      title: string,
                      fileName: string,
                      mimeType: string,
                      sizeBytes: integer,
                      url: string,
                    },
                  },
                },
              },
            },
          ],
        },
        PaginationMeta: {
          type: 'object',
          properties: {
            total: integer,
            perPage: integer,
            currentPage: integer,
            lastPage: integer,
            firstPage: integer,
            firstPageUrl: string,
            lastPageUrl: string,
            nextPageUrl: nullableString,
            previousPageUrl: nullableString,
          },
        },
      },
      responses: {
        ValidationError: {
          description: 'A filter has an invalid value',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  errors: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { field: string, message: string, rule: string },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  }
}
