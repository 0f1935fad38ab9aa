/**
 * What the job hands a builder besides its ids: a link token unsealed by the job.
 * Its own file, so the builders type it without importing the registry that imports them.
 */
export interface MailContext {
  secret?: string
}
