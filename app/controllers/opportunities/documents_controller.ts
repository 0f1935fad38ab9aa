import type { HttpContext } from '@adonisjs/core/http'
import { requestedVariant } from '#services/images'
import { imageCacheControl, sendStoredFile, storedImageKey } from '#services/stored_file_response'
import type OpportunityDocument from '#models/opportunity_document'
import FindDocument from '#actions/opportunities/find_document'
import RecordDocumentDownload from '#actions/opportunities/record_document_download'
import WatermarkDocument from '#actions/opportunities/watermark_document'

/**
 * Serves a listing's files. Gallery images and public documents follow the listing's
 * visibility; data-room files need an investor who signed that listing's current NDA (or
 * the listing's own partner, or staff). Data-room PDFs are stamped with their viewer on
 * every page; every investor download is logged; a revoked document answers 410.
 */
export default class DocumentsController {
  async show({ params, auth, bouncer, request, response }: HttpContext) {
    const document = await new FindDocument().handle({ id: params.id })
    // A data-room file needs an account first: a visitor is asked to log in, not refused.
    if (document.isDataRoom && !auth.user) return response.redirect().toRoute('auth.login')
    await bouncer.with('DocumentPolicy').authorize('download', document)
    const stamped = auth.user
      ? await new WatermarkDocument().handle({ document, viewer: auth.user })
      : null
    await new RecordDocumentDownload().handle({
      document,
      user: auth.user,
      ipAddress: request.ip(),
      watermarked: stamped !== null,
    })
    if (stamped) {
      response.header('cache-control', 'private, no-store')
      response.header('content-type', 'application/pdf')
      response.header('x-content-type-options', 'nosniff')
      response.header('content-disposition', attachment(document.fileName))
      return response.send(Buffer.from(stamped))
    }

    // Images may be asked for as a resized WebP (`?variant=card|page`), same checks.
    const variant = requestedVariant(request.input('variant'))
    const { key, contentType } = storedImageKey(document.filePath, document.variants, variant)
    return sendStoredFile(response, {
      key,
      contentType: contentType ?? document.mimeType,
      cacheControl: cacheControl(document),
      disposition:
        document.kind === 'gallery'
          ? `inline; filename="${encodeURIComponent(document.fileName)}"`
          : attachment(document.fileName),
    })
  }
}

/** Data-room files are never cached; gallery images as long as their listing is public. */
function cacheControl(document: OpportunityDocument) {
  if (document.isDataRoom) return 'private, no-store'
  if (document.kind === 'gallery') {
    return imageCacheControl(document.opportunity.status === 'published')
  }
  return 'private, max-age=300'
}

function attachment(fileName: string) {
  return `attachment; filename="${encodeURIComponent(fileName)}"`
}
