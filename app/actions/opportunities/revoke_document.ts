import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type OpportunityDocument from '#models/opportunity_document'
import type User from '#models/user'
import { documentFacts } from '#actions/opportunities/upload_document'
import audit from '#services/audit'

/** Takes a document out of the room: investors get 410, the file and its log stay for the record. */
export default class RevokeDocument {
  async handle({ document, actor }: { document: OpportunityDocument; actor: User }) {
    if (document.isRevoked) return document
    await db.transaction(async (trx) => {
      document.useTransaction(trx)
      document.revokedAt = DateTime.now()
      document.revokedById = actor.id
      await document.save()
      await audit.record(trx, {
        actor,
        action: 'opportunity.document_revoked',
        subject: audit.subject('opportunity_document', document),
        after: documentFacts(document),
      })
    })
    return document
  }
}
