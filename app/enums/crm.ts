/** CRM vocabulary shared by models, validators and pages. */
export const stageKinds = ['open', 'won', 'lost'] as const
export type StageKind = (typeof stageKinds)[number]

export const dealActivityKinds = [
  'note',
  'call',
  'meeting',
  'email',
  'stage_change',
  'interest',
  'assignment',
  'task',
  'introduction',
  'inquiry',
  'aftercare',
  'account_deleted',
  'email_received',
] as const
export type DealActivityKind = (typeof dealActivityKinds)[number]

/** What staff log by hand on a deal's timeline. */
export const loggableActivityKinds = ['note', 'call', 'meeting'] as const

/** The pipeline every interest lands in. */
export const INVESTMENTS_PIPELINE = 'investments'
/** The pipeline every public inquiry lands in. */
export const RETURNEE_SUPPORT_PIPELINE = 'returnee-support'

export const contactKinds = ['investor', 'partner_contact', 'inquirer'] as const
export type ContactKind = (typeof contactKinds)[number]

/** What a person may tell about themselves on the inquiry form, kept on their contact. */
export const contactProfileFields = [
  'placeOfBirth',
  'placeOfResidence',
  'education',
  'university',
  'department',
  'currentJob',
  'company',
] as const

export const introductionStatuses = ['requested', 'accepted', 'declined'] as const
export type IntroductionStatus = (typeof introductionStatuses)[number]

/** A follow-up reminder goes to the owner this long after an accepted introduction. */
export const FOLLOW_UP_DAYS = 7

/** How fast a partner answers introductions (hours to answer, answered, still open, overdue). */
export interface ResponseTime {
  medianHours: number | null
  answered: number
  open: number
  overdue: number
}
