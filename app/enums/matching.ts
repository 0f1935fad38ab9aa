/** How often an investor wants e-mail about new listings (a saved search, or recommendations). */
export const alertFrequencies = ['instant', 'weekly', 'none'] as const
export type AlertFrequency = (typeof alertFrequencies)[number]

/**
 * An alert row: `pending` waits for the weekly digest, `queued` went to the mail job,
 * `withheld` was never sent because consent was withdrawn first.
 */
export const alertStates = ['pending', 'queued', 'withheld'] as const
export type AlertState = (typeof alertStates)[number]

/** A score (0–100) from which an investor hears about a listing without a saved search. */
export const ALERT_MIN_SCORE = 60

/** At most this many investors hear about one listing because of their score alone. */
export const ALERT_MAX_SCORED_RECIPIENTS = 500

/** Points per matching criterion; they add up to 100. */
export const matchWeights = {
  sector: 35,
  municipality: 20,
  district: 10,
  homeTown: 20,
  ticket: 15,
  language: 10,
} as const

/** Why one investor and one published listing fit, and how well (0–100). */
export interface Match {
  userId: number
  opportunityId: number
  score: number
  /** Preferred sectors the listing is in. */
  sectorIds: number[]
  /** The listing is in a preferred municipality, or in the district of one. */
  place: 'municipality' | 'district' | null
  municipalityId: number
  /** The listing is in the investor's place of birth. */
  homeTown: boolean
  /** The listing's ticket fits the investor's range. */
  ticket: boolean
  /** Languages the listing is written in that the investor speaks ('en', 'sr'). */
  languages: string[]
}
