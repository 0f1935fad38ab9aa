import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DealActivity from '#models/deal_activity'
import type Deal from '#models/deal'
import type User from '#models/user'
import type { loggableActivityKinds } from '#enums/crm'

/**
 * Staff log a note, call or meeting on a deal's timeline; meetings proposed through Most
 * log themselves here too (no actor when an invitee picks the time, a `meta` that says
 * what happened, a key so a retried step writes its line once).
 */
export default class LogActivity {
  async handle({
    deal,
    actor,
    kind,
    body = null,
    meta = null,
    dedupeKey = null,
    trx,
  }: {
    deal: Deal | { id: number }
    actor: User | null
    kind: (typeof loggableActivityKinds)[number]
    body?: string | null
    meta?: Record<string, unknown> | null
    dedupeKey?: string | null
    trx?: QueryClientContract
  }) {
    await DealActivity.record(trx ?? db.connection(), {
      dealId: deal.id,
      kind,
      body,
      meta,
      dedupeKey,
      actorId: actor?.id ?? null,
    })
  }
}
