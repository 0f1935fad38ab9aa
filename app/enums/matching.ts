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

/** Points per matching criterion; they add up to 100. */
export const matchWeights = {
  sector: 35,
  municipality: 20,
  district: 10,
  homeTown: 20,
  ticket: 15,
  language: 10,
} as const
