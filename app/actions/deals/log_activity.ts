import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import DealActivity from '#models/deal_activity'
import type Deal from '#models/deal'
import User from '#models/user'
import NotifyStaff from '#actions/notifications/notify_staff'
import { findMentions } from '#services/mentions'
import { randomUUID } from 'node:crypto'
import type { loggableActivityKinds } from '#enums/crm'

const EXCERPT_LENGTH = 200

function excerpt(body: string) {
  const text = body.replace(/\s+/g, ' ').trim()
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text
}

/** Staff log a note, call or meeting on a deal's timeline; colleagues named `@name` hear of it. */
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
    const write = async (client: QueryClientContract) => {
      await DealActivity.record(client, { dealId: deal.id, kind, body, actorId: actor.id })
      if (!body.includes('@')) return
      const colleagues = await User.query({ client })
        .whereIn('role', ['staff', 'admin'])
        .select('id', 'fullName')
      const mentioned = findMentions(body, colleagues)
      if (!mentioned.length) return
      await new NotifyStaff().handle({
        userIds: mentioned,
        kind: 'mention',
        dealId: deal.id,
        actorId: actor.id,
        data: { dealTitle: deal.title, excerpt: excerpt(body) },
        key: `mention:${randomUUID()}`,
        trx: client,
      })
    }
    return trx ? write(trx) : db.transaction(write)
  }
}
