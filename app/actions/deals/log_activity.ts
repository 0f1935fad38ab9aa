import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
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

/**
 * Staff log a note, call or meeting on a deal's timeline; colleagues named `@name` hear of it.
 * Meetings proposed through Most log themselves here too (no actor when an invitee picks the
 * time, a `meta` that says what happened, a key so a retried step writes its line once), and
 * so do replies received by e-mail (app/actions/deals/mail), whose author may have no account.
 */
export default class LogActivity {
  async handle({
    deal,
    actor,
    kind,
    body = null,
    meta = null,
    dedupeKey = null,
    occurredAt,
    trx,
  }: {
    deal: Deal | { id: number }
    actor: User | null
    kind: (typeof loggableActivityKinds)[number] | 'email_received'
    body?: string | null
    meta?: Record<string, unknown> | null
    /** A retried step (a meeting's, a redelivered e-mail's) writes its line once. */
    dedupeKey?: string | null
    occurredAt?: DateTime
    trx?: QueryClientContract
  }) {
    const write = async (client: QueryClientContract) => {
      await DealActivity.record(client, {
        dealId: deal.id,
        kind,
        body,
        meta,
        dedupeKey,
        occurredAt,
        actorId: actor?.id ?? null,
      })
      // Only what a colleague wrote can mention someone.
      if (!actor || !body || !body.includes('@')) return
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
        data: { dealTitle: 'title' in deal ? deal.title : '', excerpt: excerpt(body) },
        key: `mention:${randomUUID()}`,
        trx: client,
      })
    }
    return trx ? write(trx) : db.transaction(write)
  }
}
