export const organisationKinds = [
  'municipal_office',
  'company',
  'technology_park',
  'chamber',
  'ngo',
  'investor_network',
] as const
export type OrganisationKind = (typeof organisationKinds)[number]

/** Partners may only register these kinds themselves; the rest are directory entries staff add. */
export const selfRegisteringKinds = ['municipal_office', 'company', 'technology_park'] as const

export const organisationStatuses = ['pending', 'approved', 'rejected'] as const
export type OrganisationStatus = (typeof organisationStatuses)[number]

export const memberRoles = ['owner', 'member'] as const
export type MemberRole = (typeof memberRoles)[number]

/** CRM organisation page: timeline lines shown at first, and added by each "more". */
export const ORGANISATION_TIMELINE_STEP = 30
export const ORGANISATION_TIMELINE_MAX = 500

/** A partner organisation's CRM figures: published listings, open and won deals on them. */
export interface OrganisationFigures {
  publishedOpportunities: number
  openDeals: number
  wonDeals: number
}

/** Partner responsiveness is measured over this many days of requests. */
export const RESPONSIVENESS_WINDOW_DAYS = 90
/** Fewer requests than this in the window say nothing yet: no badge, no ranking effect. */
export const RESPONSIVENESS_MIN_REQUESTS = 3
/** "Usually answers" is only said of a partner who answered at least this share (%). */
export const RESPONSIVENESS_BADGE_MIN_PCT = 50

/** "Usually answers within N days": only for a partner who answers most requests. */
export function badgeDays(answeredPct: number | null, medianHours: number | null) {
  if (answeredPct === null || medianHours === null) return null
  if (answeredPct < RESPONSIVENESS_BADGE_MIN_PCT) return null
  return Math.max(1, Math.ceil(medianHours / 24))
}

/**
 * How a partner answered the questions, interests and introductions of the last 90 days:
 * how many came, how many were answered, the median hours to an answer, and the badge's
 * "usually answers within N days" (null when there is too little to say it).
 */
export interface Responsiveness {
  asked: number
  answered: number
  answeredPct: number | null
  medianHours: number | null
  badgeDays: number | null
}
