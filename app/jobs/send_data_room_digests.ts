import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { queueMail } from '#services/outbox'
import type { JobHandler } from '#jobs/payloads'

/**
 * Weekly: each member of an organisation whose data rooms were opened last week (Monday
 * to Monday) gets one digest e-mail. The key holds the week, so a rerun, a retry or a
 * second worker queues nothing twice; the e-mail itself is built from the downloads.
 */
export default class SendDataRoomDigests implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    const weekStart = now.toUTC().startOf('week').minus({ weeks: 1 })
    const weekEnd = weekStart.plus({ weeks: 1 })
    return db.transaction(async (trx) => {
      const recipients = await trx
        .from('document_downloads')
        .join('opportunity_documents', 'opportunity_documents.id', 'document_downloads.document_id')
        .join('opportunities', 'opportunities.id', 'opportunity_documents.opportunity_id')
        .join(
          'organisation_members',
          'organisation_members.organisation_id',
          'opportunities.organisation_id'
        )
        .where('opportunity_documents.kind', 'data_room')
        .where('document_downloads.created_at', '>=', weekStart.toJSDate())
        .where('document_downloads.created_at', '<', weekEnd.toJSDate())
        .distinct('opportunities.organisation_id', 'organisation_members.user_id')
      for (const row of recipients) {
        await queueMail(
          trx,
          'data_room_digest',
          {
            userId: row.user_id,
            organisationId: row.organisation_id,
            weekStart: weekStart.toISODate()!,
          },
          {
            key: `data-room-digest:${row.organisation_id}:${row.user_id}:${weekStart.toISODate()}`,
          }
        )
      }
      return { weekStart: weekStart.toISODate(), digests: recipients.length }
    })
  }
}
