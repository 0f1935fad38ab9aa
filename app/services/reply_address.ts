import { createHmac, timingSafeEqual } from 'node:crypto'
import { inboundMailConfig } from '#config/inbound_mail'

/**
 * The signed addresses at the inbound domain. `reply+<deal id>-<signature>` is the Reply-To
 * of every e-mail about a deal; `file+<user id>-<signature>` is a staff member's own address
 * to BCC or forward mail to. The signature is an HMAC of the target under a key derived
 * from APP_KEY, in lower-case hex: some mail systems lower-case local parts.
 */
const SIGNATURE_LENGTH = 20
const PREFIXES = { deal: 'reply', staff: 'file' } as const
type TargetKind = keyof typeof PREFIXES

function signature(kind: TargetKind, id: number) {
  return createHmac('sha256', inboundMailConfig.tokenKey)
    .update(`most-inbound-mail:${kind}:${id}`)
    .digest('hex')
    .slice(0, SIGNATURE_LENGTH)
}

function address(kind: TargetKind, id: number) {
  return `${PREFIXES[kind]}+${id}-${signature(kind, id)}@${inboundMailConfig.domain}`
}

/** Where replies to an e-mail about this deal go. */
export function dealReplyAddress(dealId: number) {
  return address('deal', dealId)
}

/** A staff member's address for filing mail on a contact (BCC or forward). */
export function staffFilingAddress(userId: number) {
  return address('staff', userId)
}

export type AddressReading =
  | { kind: 'deal'; dealId: number }
  | { kind: 'staff'; userId: number }
  /** A reply+/file+ address whose token is malformed or whose signature is wrong. */
  | { kind: 'forged' }
  /** Another address at the inbound domain. */
  | { kind: 'unknown' }
  /** Not the inbound domain at all: the listener refuses to relay it. */
  | { kind: 'foreign' }

/** What an address at (or outside) the inbound domain stands for. */
export function readInboundAddress(value: string): AddressReading {
  const at = value.lastIndexOf('@')
  if (at < 1) return { kind: 'foreign' }
  const domain = value.slice(at + 1).toLowerCase()
  if (domain !== inboundMailConfig.domain) return { kind: 'foreign' }
  const local = value.slice(0, at).toLowerCase()
  const kind = (Object.keys(PREFIXES) as TargetKind[]).find((candidate) =>
    local.startsWith(`${PREFIXES[candidate]}+`)
  )
  if (!kind) return { kind: 'unknown' }
  const match = /^(\d{1,10})-([0-9a-f]+)$/.exec(local.slice(PREFIXES[kind].length + 1))
  // Record ids are PostgreSQL integers: a bigger number was never signed.
  if (!match || Number(match[1]) > 2_147_483_647) return { kind: 'forged' }
  const id = Number(match[1])
  const given = Buffer.from(match[2])
  const expected = Buffer.from(signature(kind, id))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { kind: 'forged' }
  }
  return kind === 'deal' ? { kind, dealId: id } : { kind, userId: id }
}

/** Whether an address belongs to the inbound domain (the listener takes mail only for it). */
export function isInboundAddress(value: string) {
  return readInboundAddress(value).kind !== 'foreign'
}
