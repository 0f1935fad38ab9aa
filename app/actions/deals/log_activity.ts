import db from '@adonisjs/lucid/services/db'
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
  }: {
    deal: Deal
    actor: User
    kind: (typeof loggableActivityKinds)[number]
    body: string
  }) {
    const now = new Date()
    await db.table('deal_activities').insert({
      deal_id: deal.id,
      kind,
      body,
      actor_id: actor.id,
      occurred_at: now,
      created_at: now,
    })
  }
}
