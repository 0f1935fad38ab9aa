/** Replies by e-mail: vocabulary shared by the inbound model, actions and pages. */
export const inboundMailStatuses = ['matched', 'unmatched', 'filed', 'dismissed'] as const
export type InboundMailStatus = (typeof inboundMailStatuses)[number]

/**
 * Why a mail was kept aside: sent to an address that is none of ours, a reply/filing token
 * whose signature does not check out, a deal or staff member that no longer exists, or a
 * staff filing with no contact to file it on.
 */
export const unmatchedReasons = [
  'unknown_address',
  'forged_token',
  'unknown_deal',
  'not_staff',
  'no_contact',
] as const
export type UnmatchedReason = (typeof unmatchedReasons)[number]

export const inboundMailSources = ['smtp', 'http'] as const
export type InboundMailSource = (typeof inboundMailSources)[number]

/** Why an attachment was not kept: a type Most does not store, or bytes that are not that type. */
export type RefusedAttachment = 'type' | 'content'

/** Who wrote a reply that landed on a deal, as far as the sender's address tells. */
export type ReplySide = 'partner' | 'investor' | 'staff' | 'other'
