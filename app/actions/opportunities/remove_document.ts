import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type OpportunityDocument from '#models/opportunity_document'
import type User from '#models/user'
import { documentFacts } from '#actions/opportunities/upload_document'
import audit from '#services/audit'
import { deleteImageVariants } from '#services/images'

/** Deletes a document (and its file and image variants); a removed cover falls back to the next gallery image. */
export default class RemoveDocument {
  async handle({
    opportunity,
    document,
    actor,
  }: {
    opportunity: Opportunity
    document: OpportunityDocument
    actor: User
  }) {
    await db.transaction(async (trx) => {
      document.useTransaction(trx)
      await document.delete()
      await audit.record(trx, {
        actor,
        action: 'opportunity.document_removed',
        subject: audit.subject('opportunity_document', document),
        before: documentFacts(document),
      })
      if (opportunity.coverImagePath === document.filePath) {
        const next = await trx
          .from('opportunity_documents')
          .where({ opportunity_id: opportunity.id, kind: 'gallery' })
          .orderBy('id')
          .first()
        opportunity.useTransaction(trx)
        opportunity.coverImagePath = next?.file_path ?? null
        opportunity.coverImageVariants = next?.variants ?? null
        await opportunity.save()
      }
    })
    await drive.use().delete(document.filePath)
    await deleteImageVariants(document.variants)
  }
}
