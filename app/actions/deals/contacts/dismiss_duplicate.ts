import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import audit from '#services/audit'
import { fieldError } from '#exceptions/field_error'

/** Staff say two contacts are different people: the pair is not offered again. */
export default class DismissDuplicate {
  async handle({ contactId, otherId, actor }: { contactId: number; otherId: number; actor: User }) {
    if (contactId === otherId) throw fieldError('otherId', 'A contact is not its own duplicate.')
    const [low, high] = contactId < otherId ? [contactId, otherId] : [otherId, contactId]
    await db.transaction(async (trx) => {
      const inserted = await trx
        .insertQuery()
        .table('contact_duplicate_dismissals')
        .insert({
          contact_id: low,
          other_contact_id: high,
          dismissed_by_id: actor.id,
          created_at: new Date(),
        })
        .onConflict(['contact_id', 'other_contact_id'])
        .ignore()
        .returning('id')
      if (!inserted.length) return
      for (const id of [low, high]) {
        await audit.record(trx, {
          actor,
          action: 'contact.duplicate_dismissed',
          subject: { type: 'contact', id },
          after: { contactId: low, otherContactId: high },
        })
      }
    })
  }
}
