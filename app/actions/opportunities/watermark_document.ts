import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import type OpportunityDocument from '#models/opportunity_document'
import type User from '#models/user'
import { watermarkPdf } from '#services/pdf_watermark'

/**
 * A data-room PDF stamped on every page with its viewer's name, e-mail and the time, or
 * null when the file is not a data-room PDF (served as stored). A PDF that cannot be
 * read (damaged, encrypted) is also served as stored, logged as not watermarked.
 */
export default class WatermarkDocument {
  async handle({ document, viewer }: { document: OpportunityDocument; viewer: User }) {
    if (!document.isDataRoom || !document.isPdf) return null
    const stamp = `${viewer.fullName} · ${viewer.email} · ${DateTime.utc().toFormat("yyyy-LL-dd HH:mm 'UTC'")}`
    const stamped = await watermarkPdf(await drive.use().getBytes(document.filePath), stamp)
    if (!stamped) {
      logger.warn({ documentId: document.id }, 'data-room PDF served without a watermark')
    }
    return stamped
  }
}
