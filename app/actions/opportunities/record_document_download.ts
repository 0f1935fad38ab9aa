import DocumentDownload from '#models/document_download'
import type OpportunityDocument from '#models/opportunity_document'
import type User from '#models/user'

/**
 * Logs an investor's download of a data-room file, PDF (watermarked) or any other type
 * (served as it is); other files and viewers are not logged.
 */
export default class RecordDocumentDownload {
  async handle({
    document,
    user,
    ipAddress,
    watermarked = false,
  }: {
    document: OpportunityDocument
    user: User | undefined
    ipAddress: string
    watermarked?: boolean
  }) {
    if (!document.isDataRoom || user?.role !== 'investor') return null
    return DocumentDownload.create({
      documentId: document.id,
      userId: user.id,
      ipAddress,
      watermarked,
    })
  }
}
