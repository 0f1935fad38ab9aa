import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import FindNdaSignature from '#actions/opportunities/find_nda_signature'
import SignNda from '#actions/opportunities/sign_nda'
import { signNdaValidator } from '#validators/data_room'
import { sendStoredFile } from '#services/stored_file_response'

/** An investor signs a listing's NDA to open its data room; the signed PDF for those entitled. */
export default class NdaSignaturesController {
  async store({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('engage', opportunity)
    const { fullName, locale } = await request.validateUsing(signNdaValidator)
    await new SignNda().handle({
      opportunity,
      investor: auth.getUserOrFail(),
      fullName,
      locale,
      ipAddress: request.ip(),
    })
    session.flash('success', i18n.t('opportunities.nda.signed'))
    return response.redirect().back()
  }

  async pdf({ params, bouncer, response }: HttpContext) {
    const signature = await new FindNdaSignature().handle({ id: params.id })
    await bouncer.with('NdaSignaturePolicy').authorize('view', signature)
    return sendStoredFile(response, {
      key: signature.pdfPath,
      contentType: 'application/pdf',
      cacheControl: 'private, no-store',
      disposition: `attachment; filename="NDA-${signature.opportunity.slug}-${signature.id}.pdf"`,
    })
  }
}
