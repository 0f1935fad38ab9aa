import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signature of POST /webhooks/inbound-mail, for mail providers (or a relay script) that
 * forward raw MIME over HTTP. The caller sends three headers:
 *
 *   X-Most-Timestamp:  Unix seconds when it signed
 *   X-Most-Recipients: the envelope recipients, comma-separated (may be empty)
 *   X-Most-Signature:  v1=<hex HMAC-SHA256 over "<timestamp>.<recipients>." followed by the body bytes>
 *
 * keyed with INBOUND_MAIL_SECRET. The timestamp must be within the tolerance of the server's
 * clock, so a recorded request cannot be replayed later.
 */
export function signInboundMail(
  secret: string,
  { timestamp, recipients, body }: { timestamp: number; recipients: string; body: Buffer }
) {
  const hmac = createHmac('sha256', secret)
  hmac.update(`${timestamp}.${recipients}.`)
  hmac.update(body)
  return `v1=${hmac.digest('hex')}`
}

export function verifyInboundMailSignature(
  secret: string,
  {
    timestamp,
    recipients,
    signature,
    body,
    toleranceSeconds,
    now = Date.now(),
  }: {
    timestamp: string | undefined
    recipients: string
    signature: string | undefined
    body: Buffer
    toleranceSeconds: number
    now?: number
  }
) {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false
  const seconds = Number(timestamp)
  if (Math.abs(now / 1000 - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(signInboundMail(secret, { timestamp: seconds, recipients, body }))
  const given = Buffer.from(signature.trim())
  return given.length === expected.length && timingSafeEqual(given, expected)
}
