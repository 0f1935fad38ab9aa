import { DateTime } from 'luxon'
import Opportunity from '#models/opportunity'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import type Organisation from '#models/organisation'
import type { OpportunityStatus, OpportunityStage, OpportunityType } from '#enums/opportunity'
import { refreshSearchIndex } from '#actions/opportunities/apply_opportunity_data'

let sequence = 0

/**
 * A listing straight in the database (for tests that are not about creating one),
 * with its sectors and search columns filled in exactly as the real actions do.
 */
export async function createOpportunity(
  organisation: Organisation,
  overrides: {
    status?: OpportunityStatus
    municipality?: string
    sectors?: string[]
    titleEn?: string | null
    titleSr?: string | null
    summaryEn?: string | null
    descriptionSr?: string | null
    type?: OpportunityType
    stage?: OpportunityStage
    minTicketEur?: number
    totalSizeEur?: number
    interestsCount?: number
    publishedDaysAgo?: number
    confirmedDaysAgo?: number
  } = {}
) {
  sequence++
  const municipality = await Municipality.findByOrFail('slug', overrides.municipality ?? 'nis')
  const status = overrides.status ?? 'published'
  const publishedAt = DateTime.now().minus({ days: overrides.publishedDaysAgo ?? sequence % 30 })
  const opportunity = await Opportunity.create({
    organisationId: organisation.id,
    municipalityId: municipality.id,
    slug: `test-opportunity-${sequence}-${Date.now()}`,
    titleEn: overrides.titleEn === undefined ? `Test project ${sequence}` : overrides.titleEn,
    titleSr: overrides.titleSr ?? null,
    summaryEn: overrides.summaryEn ?? 'A project for tests.',
    summarySr: null,
    descriptionEn: 'Long description.',
    descriptionSr: overrides.descriptionSr ?? null,
    type: overrides.type ?? 'greenfield',
    stage: overrides.stage ?? 'planning',
    status,
    minTicketEur: overrides.minTicketEur ?? 100_000,
    totalSizeEur: overrides.totalSizeEur ?? 1_000_000,
    jobsExpected: 20,
    contactName: 'Dragana Ilić',
    contactEmail: 'contact@example.rs',
    interestsCount: overrides.interestsCount ?? 0,
    publishedAt: status === 'published' || status === 'paused' ? publishedAt : null,
    confirmedAt:
      status === 'published' || status === 'paused'
        ? DateTime.now().minus({ days: overrides.confirmedDaysAgo ?? 1 })
        : null,
  })
  const sectorIds = (
    await Sector.query().whereIn('slug', overrides.sectors ?? ['manufacturing'])
  ).map((sector) => sector.id)
  await opportunity.related('sectors').attach(sectorIds)
  await refreshSearchIndex([opportunity.id])
  return opportunity
}

/** The form a partner submits for a complete, valid listing. */
export async function validOpportunityForm(overrides: Record<string, unknown> = {}) {
  const nis = await Municipality.findByOrFail('slug', 'nis')
  const ict = await Sector.findByOrFail('slug', 'ict')
  return {
    titleEn: 'IT campus at the Science Technology Park',
    titleSr: 'IT kampus u Naučno-tehnološkom parku',
    summaryEn: 'Office space for 300 engineers next to the university.',
    summarySr: 'Kancelarije za 300 inženjera pored univerziteta.',
    descriptionEn: 'A new building with 6,000 m² of offices.',
    descriptionSr: 'Nova zgrada sa 6.000 m² kancelarija.',
    sectorIds: [ict.id],
    municipalityId: nis.id,
    type: 'greenfield',
    stage: 'permitted',
    totalSizeEur: 8_000_000,
    minTicketEur: 250_000,
    jobsExpected: 300,
    areaSqm: 6000,
    timeline: 'Construction 2027, opening 2028',
    contactName: 'Stefan Nikolić',
    contactEmail: 'office@ntp-nis.example.rs',
    contactPhone: '+381 18 123 456',
    incentives: [
      { kind: 'grant_per_job', amountEur: 5000, conditions: 'For each new job kept 3 years' },
      { kind: 'tax_relief', percentage: 50, conditions: 'Local property tax, 5 years' },
    ],
    site: { landOwnership: 'municipal', utilities: ['power', 'water', 'fibre'], airportKm: 4 },
    ...overrides,
  }
}
