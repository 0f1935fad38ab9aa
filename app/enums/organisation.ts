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
