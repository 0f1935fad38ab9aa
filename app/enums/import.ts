export const importKinds = ['listings', 'contacts'] as const
export type ImportKind = (typeof importKinds)[number]

/**
 * uploaded → (mapping saved) checking → checked | invalid → committing → committed;
 * failed when the job itself broke (the page offers to try again).
 */
export const importStatuses = [
  'uploaded',
  'checking',
  'checked',
  'invalid',
  'committing',
  'committed',
  'failed',
] as const
export type ImportStatus = (typeof importStatuses)[number]

/** One problem in one row: the spreadsheet's row number, the column and the message. */
export interface ImportRowError {
  row: number
  field: string
  message: string
}

/** Which spreadsheet column (0-based index) feeds each field; absent = not imported. */
export type ImportMapping = Record<string, number>

/** At most this many rows per file; the first errors shown, the total counted. */
export const IMPORT_MAX_ROWS = 10_000
export const IMPORT_MAX_SHOWN_ERRORS = 200
/** Progress is written to the import row every this many rows. */
export const IMPORT_PROGRESS_EVERY = 250
