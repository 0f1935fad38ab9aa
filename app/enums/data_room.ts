/** The vocabulary of a listing's NDA, data room and questions, shared by models, validators and pages. */

/** The languages an NDA is written and signed in. */
export const ndaLocales = ['en', 'sr-Latn', 'sr-Cyrl'] as const
export type NdaLocale = (typeof ndaLocales)[number]

/** A public question (and its answer) shows on the listing; a private one only to its partner. */
export const questionVisibilities = ['public', 'private'] as const
export type QuestionVisibility = (typeof questionVisibilities)[number]

/** Per-document engagement, for the partner's data-room page and the weekly digest. */
export type DocumentEngagement = {
  documentId: number
  title: string
  revokedAt: string | null
  downloads: number
  viewers: { userId: number; name: string; email: string; downloads: number; lastAt: string }[]
  lastAt: string | null
}

/** One investor's engagement with a listing's data room (score 0–100, see score_engagement). */
export type InvestorEngagement = {
  userId: number
  name: string
  email: string
  documentsOpened: number
  downloads: number
  lastAt: string
  score: number
}
