import type { HttpContext } from '@adonisjs/core/http'
import { requestedVariant } from '#services/images'
import { imageCacheControl, sendStoredFile, storedImageKey } from '#services/stored_file_response'
import OpportunityDocument from '#models/opportunity_document'
import DocumentDownload from '#models/document_download'

/**
 * Serves a listing's files. Gallery images and public documents follow the listing's
 * visibility; data-room files need an investor who accepted that listing's NDA (or the
 * listing's own partner, or staff), and every investor download is logged.
 */
export default class DocumentsController {
  async show({ params, auth, bouncer, request, response }: HttpContext) {
    const document = await OpportunityDocument.query()
      .where('id', params.id)
      .preload('opportunity')
      .firstOrFail()
    // A data-room file needs an account first: a visitor is asked to log in, not refused.
    if (document.isDataRoom && !auth.user) return response.redirect().toRoute('auth.login')
    await bouncer.with('DocumentPolicy').authorize('download', document)

    const user = auth.user
    if (document.isDataRoom && user?.role === 'investor') {
      await DocumentDownload.create({
        documentId: document.id,
        userId: user.id,
        ipAddress: request.ip(),
      })
    }
    // Images may be asked for as a resized WebP (`?variant=card|page`), same checks.
    const variant = requestedVariant(request.input('variant'))
    const { key, contentType } = storedImageKey(document.filePath, document.variants, variant)
    return sendStoredFile(response, {
      key,
      contentType: contentType ?? document.mimeType,
      cacheControl: document.isDataRoom
        ? 'private, no-store'
        : document.kind === 'gallery'
          ? imageCacheControl(document.opportunity.status === 'published')
          : 'private, max-age=300',
      disposition: `${document.kind === 'gallery' ? 'inline' : 'attachment'}; filename="${encodeURIComponent(document.fileName)}"`,
    })
  }
}
