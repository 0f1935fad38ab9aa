/**
 * A stored Stripe event that can never apply as sent (its data does not fit, or it
 * names a person or record Most does not have). Retrying cannot help: the event is
 * marked failed once, with this message as the reason staff read.
 */
export class CannotApplyStripeEvent extends Error {}

/** A value from an event, short and quoted, for a failure reason. */
export function quoted(value: unknown) {
  if (value === undefined) return 'missing'
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60))
  return JSON.stringify(value)?.slice(0, 60) ?? typeof value
}

/** A metadata id as a PostgreSQL integer key, or null when it cannot be one. */
export function databaseId(value: unknown) {
  const id = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) ? Number(value) : Number.NaN
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}

export interface StripeEventFailure {
  /** What staff read: plain words, never SQL or a stack. */
  reason: string
  /** Whether trying again could ever succeed. */
  permanent: boolean
}

// PostgreSQL SQLSTATE classes: 22 data exception and 23 integrity violation are about the
// data and stay wrong; connection, resource, lock and shutdown errors pass.
const permanentClasses: Record<string, string> = {
  '22': 'a value in the event does not fit its column',
  '23': 'a value in the event breaks a database rule',
}
const transientCodes: Record<string, string> = {
  '08': 'the database connection failed',
  '40': 'a concurrent change conflicted',
  '53': 'the database ran out of resources',
  '55': 'a database lock was not available',
  '57': 'the database was shutting down or cancelled the query',
}
const integrityReasons: Record<string, string> = {
  '23503': 'the event refers to a record Most does not have',
  '23502': 'the event lacks a value Most requires',
  '23505': 'the event duplicates a record Most already has',
  '23514': 'a value in the event is outside what Most allows',
  '22001': 'a text in the event is too long',
  '22003': 'a number in the event is out of range',
  '22P02': 'a value in the event has the wrong type',
  '22007': 'a date in the event is invalid',
  '22008': 'a date in the event is out of range',
}

/**
 * Turns whatever stopped an event into a reason for staff and whether to retry. Database
 * errors are reduced to their code and constraint name (their message quotes the SQL);
 * a TypeError means the event's data lacks a field the handler reads.
 */
export function describeStripeEventFailure(error: unknown): StripeEventFailure {
  if (error instanceof CannotApplyStripeEvent) {
    return { reason: error.message.slice(0, 500), permanent: true }
  }
  const code = sqlState(error)
  if (code) {
    const constraint = (error as { constraint?: unknown }).constraint
    const detail = typeof constraint === 'string' ? ` (${constraint})` : ''
    const family = code.slice(0, 2)
    if (permanentClasses[family]) {
      const words = integrityReasons[code] ?? permanentClasses[family]
      return { reason: `${capitalise(words)}${detail}; code ${code}`, permanent: true }
    }
    const words = transientCodes[family] ?? 'a database error occurred'
    return { reason: `${capitalise(words)}; code ${code}; will retry`, permanent: false }
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    return {
      reason: `The event's data does not have the shape Most expects: ${firstLine(error.message)}`,
      permanent: true,
    }
  }
  const name = error instanceof Error ? error.name : 'Error'
  const message = error instanceof Error ? firstLine(error.message) : ''
  // Anything else may pass (a timeout, a restart); its message is kept unless it quotes SQL.
  return {
    reason: looksLikeSql(message) ? `${name}; will retry` : `${name}: ${message}; will retry`,
    permanent: false,
  }
}

function sqlState(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9][0-9A-Z]{4}$/.test(code) ? code : null
}

function firstLine(text: string) {
  return text.split('\n')[0].slice(0, 300)
}

function looksLikeSql(text: string) {
  return /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i.test(text)
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
