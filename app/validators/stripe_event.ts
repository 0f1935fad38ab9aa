import vine from '@vinejs/vine'

/**
 * The envelope every Stripe event has. A signed body without it cannot be stored or
 * applied, so the webhook answers 400 instead of failing later; the rest of the event
 * is kept as sent (unknown properties are allowed and stored untouched).
 */
export const stripeEventEnvelopeValidator = vine.create(
  vine
    .object({
      id: vine
        .string()
        .maxLength(255)
        .regex(/^evt_[A-Za-z0-9_]+$/),
      type: vine
        .string()
        .maxLength(255)
        .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/),
      // Seconds since 1970, between 2001 and 2100: what the ledger and ordering compare.
      created: vine
        .number({ strict: true })
        .withoutDecimals()
        .range([1_000_000_000, 4_102_444_800]),
      data: vine
        .object({ object: vine.object({}).allowUnknownProperties() })
        .allowUnknownProperties(),
    })
    .allowUnknownProperties()
)

/**
 * Whether any text in a parsed body is something PostgreSQL's jsonb refuses (a NUL, or
 * half of a surrogate pair): such a body is refused before the insert, not by it.
 */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0') || /\p{Surrogate}/u.test(value)
  if (Array.isArray(value)) return value.some(hasUnstorableText)
  if (value && typeof value === 'object') {
    return Object.entries(value).some(
      ([key, item]) => hasUnstorableText(key) || hasUnstorableText(item)
    )
  }
  return false
}
