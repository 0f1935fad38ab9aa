import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import FindDocument from '#actions/opportunities/find_document'
import UploadDocument from '#actions/opportunities/upload_document'
import RemoveDocument from '#actions/opportunities/remove_document'
import { documentUploadValidator } from '#validators/opportunity'
import { fieldError } from '#exceptions/field_error'

/** The partner uploads and removes a listing's gallery images and documents. */
export default class DocumentsController {
  async store({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('edit', opportunity)
    const { kind, title, file } = await request.validateUsing(documentUploadValidator)
    const document = await new UploadDocument().handle({
      opportunity,
      uploader: auth.getUserOrFail(),
      kind,
      title,
      file,
    })
    if (!document) {
      throw fieldError('file', i18n.t('opportunities.partner.documents.gallery_images_only'))
    }
    session.flash('success', i18n.t('opportunities.partner.documents.uploaded'))
    return response.redirect().back()
  }

  async destroy({ params, bouncer, response, session, i18n, auth }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('edit', opportunity)
    const document = await new FindDocument().handle({
      id: params.documentId,
      opportunityId: opportunity.id,
    })
    await new RemoveDocument().handle({ opportunity, document, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.partner.documents.removed'))
    return response.redirect().back()
  }
}
