/** The periods the open figures page offers, in months ('all' = since launch). */
export const figurePeriods = ['12', '24', 'all'] as const
export type FigurePeriod = (typeof figurePeriods)[number]

/** What the open figures can be broken down by. */
export const figureDimensions = ['country', 'municipality', 'sector'] as const
export type FigureDimension = (typeof figureDimensions)[number]
