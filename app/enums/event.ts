/** How a person came onto an event's attendee list. */
export const attendeeSources = ['import', 'signup', 'staff'] as const
export type AttendeeSource = (typeof attendeeSources)[number]

/**
 * The follow-up e-mails after an event, with the day after the event each goes out:
 * a thank-you, a digest of current projects, a last call.
 */
export const followUpSteps = [
  { step: 'thank_you', day: 1 },
  { step: 'digest', day: 7 },
  { step: 'last_call', day: 21 },
] as const
export type FollowUpStep = (typeof followUpSteps)[number]['step']

/** Why the follow-up e-mails stopped for an attendee (or that they asked us to stop). */
export type FollowUpStopReason = 'replied' | 'interest' | 'unsubscribed'

/** An interest (or staff-marked interest) this many days after an event is credited to it. */
export const ATTRIBUTION_DAYS = 90

/** Aftercare: a check-in reminder every this many months … */
export const AFTERCARE_INTERVAL_MONTHS = 6
/** … for this many rounds (two years) after a deal is won. */
export const AFTERCARE_ROUNDS = 4

/** The signed purpose of the "no more e-mails about this event" link. */
export const FOLLOW_UP_STOP_PURPOSE = 'event-follow-up'
