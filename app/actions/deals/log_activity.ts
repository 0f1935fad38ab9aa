import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DealActivity from '#models/deal_activity'
import type Deal from '#models/deal'
import type User from '#models/user'
import type { loggableActivityKinds } from '#enums/crm'

/** Staff log a note, call or meeting on a deal's timeline. */
export default class LogActivity {
  async handle({
    deal,
    actor,
    kind,
    body,
    trx,
  }: {
    deal: Deal
    actor: User
    kind: (typeof loggableActivityKinds)[number]
    body: string
    trx?: QueryClientContract
  }) {
    await DealActivity.record(trx ?? db.connection(), {
      dealId: deal.id,
      kind,
      body,
      actorId: actor.id,
    })
  }
}
