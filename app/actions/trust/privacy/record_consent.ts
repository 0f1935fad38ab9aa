import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Consent from '#models/consent'
import { PRIVACY_POLICY_VERSION, TERMS_VERSION, type ConsentKind } from '#enums/privacy'

/**
 * Appends one consent event in the caller's transaction (GDPR art. 7(1): we must be
 * able to show who agreed to what, when). Rows are never updated: a withdrawal is a
 * new row with `granted = false`.
 */
export async function recordConsent(
  trx: QueryClientContract,
  consent: {
    userId: number
    kind: ConsentKind
    granted: boolean
    version?: string | null
    opportunityId?: number | null
    ip?: string | null
    at?: Date
  }
) {
  await Consent.create(
    {
      userId: consent.userId,
      kind: consent.kind,
      granted: consent.granted,
      version: consent.version ?? null,
      opportunityId: consent.opportunityId ?? null,
      ip: consent.ip ?? null,
      at: consent.at ? DateTime.fromJSDate(consent.at) : DateTime.now(),
    },
    { client: trx }
  )
}

/** A new account agrees to the current terms and privacy policy (the sign-up checkbox). */
export async function recordSignUpConsents(
  trx: QueryClientContract,
  { userId, ip }: { userId: number; ip?: string | null }
) {
  const at = new Date()
  await recordConsent(trx, { userId, kind: 'terms', granted: true, version: TERMS_VERSION, ip, at })
  await recordConsent(trx, {
    userId,
    kind: 'privacy_policy',
    granted: true,
    version: PRIVACY_POLICY_VERSION,
    ip,
    at,
  })
}
