/** Meetings on deals and the cards' next-activity colours, shared by models, validators and pages. */
export const meetingStatuses = ['proposed', 'confirmed', 'cancelled'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export const meetingLocationKinds = ['video', 'place'] as const
export type MeetingLocationKind = (typeof meetingLocationKinds)[number]

export const meetingParticipantRoles = ['investor', 'partner'] as const
export type MeetingParticipantRole = (typeof meetingParticipantRoles)[number]

/** How many candidate times staff offer. */
export const MIN_MEETING_SLOTS = 2
export const MAX_MEETING_SLOTS = 3

/** The reminder goes out this long before the meeting. */
export const MEETING_REMINDER_HOURS = 24

/** How long the invitees' signed links work. */
export const MEETING_LINK_EXPIRY = '60 days'

/** Where Most's office is; the zone of anyone who has not chosen theirs. */
export const DEFAULT_TIME_ZONE = 'Europe/Belgrade'

/**
 * A deal's next open task or meeting, as its card shows it: overdue (red), today (green),
 * later (grey) or nothing planned (yellow).
 */
export const nextActivityStates = ['overdue', 'today', 'future', 'none'] as const
export type NextActivityState = (typeof nextActivityStates)[number]
