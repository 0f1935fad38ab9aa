import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import type OpportunityDocument from '#models/opportunity_document'

/** Deletes a document (and its file); a removed cover falls back to the next gallery image. */
export default class RemoveDocument {
  async handle({
    opportunity,
    document,
  }: {
    opportunity: Opportunity
    document: OpportunityDocument
  }) {
    await db.transaction(async (trx) => {
      document.useTransaction(trx)
      await document.delete()
      if (opportunity.coverImagePath === document.filePath) {
        const next = await trx
          .from('opportunity_documents')
          .where({ opportunity_id: opportunity.id, kind: 'gallery' })
          .orderBy('id')
          .first()
        opportunity.useTransaction(trx)
        opportunity.coverImagePath = next?.file_path ?? null
        await opportunity.save()
      }
    })
    await drive.use().delete(document.filePath)
  }
}
