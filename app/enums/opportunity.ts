/** The vocabulary of an investment opportunity (stored as PostgreSQL enums). */

export const opportunityTypes = [
  'greenfield',
  'brownfield',
  'expansion',
  'joint_venture',
  'equity_stake',
  'public_private_partnership',
  'real_estate',
  'startup',
] as const
export type OpportunityType = (typeof opportunityTypes)[number]

export const opportunityStages = [
  'idea',
  'planning',
  'permitted',
  'ready_to_build',
  'operating',
] as const
export type OpportunityStage = (typeof opportunityStages)[number]

/** draft → in_review → published → paused → closed | funded, plus rejected (with a reason). */
export const opportunityStatuses = [
  'draft',
  'in_review',
  'published',
  'paused',
  'closed',
  'funded',
  'rejected',
] as const
export type OpportunityStatus = (typeof opportunityStatuses)[number]

/** The life cycle: which status may follow which. Everything else is refused. */
export const allowedTransitions: Record<OpportunityStatus, OpportunityStatus[]> = {
  draft: ['in_review'],
  rejected: ['in_review'],
  in_review: ['published', 'rejected'],
  published: ['paused', 'closed', 'funded', 'published'],
  paused: ['published', 'closed', 'funded'],
  closed: [],
  funded: [],
}

export function canTransition(from: OpportunityStatus, to: OpportunityStatus) {
  return allowedTransitions[from].includes(to)
}

export const incentiveKinds = [
  'tax_relief',
  'subsidised_land',
  'grant_per_job',
  'utility_connection',
  'fee_waiver',
] as const
export type IncentiveKind = (typeof incentiveKinds)[number]

export const utilities = ['power', 'water', 'gas', 'sewage', 'fibre'] as const
export type Utility = (typeof utilities)[number]

export const landOwnerships = ['municipal', 'state', 'private', 'mixed'] as const
export const cadastreStatuses = ['registered', 'in_progress', 'unresolved'] as const
export const zoningStatuses = [
  'industrial',
  'commercial',
  'mixed_use',
  'agricultural',
  'tourism',
  'pending',
] as const
export const permitStatuses = ['not_needed', 'not_applied', 'applied', 'issued'] as const

/** Where a site stands; every field is optional because not every project has land. */
export interface SiteReadiness {
  landOwnership?: (typeof landOwnerships)[number] | null
  cadastreStatus?: (typeof cadastreStatuses)[number] | null
  zoning?: (typeof zoningStatuses)[number] | null
  buildingPermit?: (typeof permitStatuses)[number] | null
  utilities?: Utility[]
  motorwayKm?: number | null
  airportKm?: number | null
  railKm?: number | null
}

export const documentKinds = ['gallery', 'public', 'data_room'] as const
export type DocumentKind = (typeof documentKinds)[number]

export const contactChannels = ['email', 'phone', 'video_call', 'whatsapp'] as const
export type ContactChannel = (typeof contactChannels)[number]

export const contactLanguages = ['en', 'sr'] as const
export type ContactLanguage = (typeof contactLanguages)[number]

/** What the investor sees about their interest; the CRM moves it along. */
/** `withdrawn`: the investor deleted their account (the deal stays, anonymised). */
export const interestStatuses = [
  'submitted',
  'in_progress',
  'introduced',
  'closed',
  'withdrawn',
] as const
export type InterestStatus = (typeof interestStatuses)[number]

/**
 * What the investor reads on "My interests" for a deal in a given stage: received,
 * being reviewed, introduced or closed. Never anything internal.
 */
export function publicInterestStatus(stage: {
  key: string | null
  kind: 'open' | 'won' | 'lost'
  position: number
}): InterestStatus {
  if (stage.kind !== 'open') return 'closed'
  if (stage.key === 'new') return 'submitted'
  if (stage.key === 'qualified' || stage.position <= 1) return 'in_progress'
  return 'introduced'
}

/** A published listing must be re-confirmed by its partner this often. */
export const FRESHNESS_DAYS = 90
/** Reminders go out this many days before the listing would be paused. */
export const FRESHNESS_REMINDER_DAYS = [14, 3]

/** How the browse page and the API may order their results. */
export const searchSorts = [
  'relevance',
  'newest',
  'largest',
  'smallest_ticket',
  'most_interest',
] as const
