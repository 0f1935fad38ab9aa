import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DealActivity from '#models/deal_activity'
import type Deal from '#models/deal'
import type User from '#models/user'
import type { loggableActivityKinds } from '#enums/crm'

/**
 * A line staff log on a deal's timeline (a note, call or meeting), or a reply received by
 * e-mail (app/actions/deals/mail), whose author may have no account.
 */
export default class LogActivity {
  async handle({
    deal,
    actor,
    kind,
    body,
    meta = null,
    dedupeKey = null,
    occurredAt,
    trx,
  }: {
    deal: Deal | { id: number }
    actor: User | null
    kind: (typeof loggableActivityKinds)[number] | 'email_received'
    body: string
    meta?: Record<string, unknown> | null
    /** A received e-mail is logged once, however often it is filed or redelivered. */
    dedupeKey?: string | null
    occurredAt?: DateTime
    trx?: QueryClientContract
  }) {
    await DealActivity.record(trx ?? db.connection(), {
      dealId: deal.id,
      kind,
      body,
      actorId: actor?.id ?? null,
      meta,
      dedupeKey,
      occurredAt,
    })
  }
}
