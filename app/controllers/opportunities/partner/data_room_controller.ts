import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import FindDocument from '#actions/opportunities/find_document'
import ShowDataRoom from '#actions/opportunities/partner/show_data_room'
import RevokeDocument from '#actions/opportunities/revoke_document'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OpportunityQuestionTransformer from '#transformers/opportunity_question_transformer'
import NdaSignatureTransformer from '#transformers/nda_signature_transformer'

/** The partner's data room of a listing: engagement, signed NDAs, questions; revoking a document. */
export default class DataRoomController {
  async show({ params, bouncer, inertia }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('manage', opportunity)
    const page = await new ShowDataRoom().handle({ opportunity })
    return inertia.render('opportunities/partner/data_room', {
      opportunity: OpportunityTransformer.transform(opportunity),
      documents: page.documents,
      investors: page.investors,
      signatures: NdaSignatureTransformer.transform(page.signatures),
      questions: OpportunityQuestionTransformer.transform(page.questions).useVariant('forPartner'),
      currentNdaVersion: page.currentNdaVersion,
    })
  }

  async revoke({ params, bouncer, auth, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('manage', opportunity)
    const document = await new FindDocument().handle({
      id: params.documentId,
      opportunityId: opportunity.id,
    })
    await new RevokeDocument().handle({ document, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.data_room.revoked'))
    return response.redirect().back()
  }
}
