import type { HttpContext } from '@adonisjs/core/http'
import Opportunity from '#models/opportunity'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SaveOpportunity from '#actions/opportunities/save_opportunity'
import UnsaveOpportunity from '#actions/opportunities/unsave_opportunity'

/** The investor's watchlist ("My saved"). */
export default class SavedOpportunitiesController {
  async index({ auth, inertia }: HttpContext) {
    const saved = await Opportunity.query()
      .join('saved_opportunities', 'saved_opportunities.opportunity_id', 'opportunities.id')
      .where('saved_opportunities.user_id', auth.getUserOrFail().id)
      .select('opportunities.*')
      .preload('municipality')
      .preload('sectors')
      .orderBy('saved_opportunities.created_at', 'desc')
    return inertia.render('opportunities/saved', { saved: OpportunityTransformer.transform(saved) })
  }

  async store({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await Opportunity.findByOrFail('slug', params.slug)
    await bouncer.with('OpportunityPolicy').authorize('engage', opportunity)
    await new SaveOpportunity().handle({ opportunity, investor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.saved.added'))
    return response.redirect().back()
  }

  async destroy({ params, auth, response, session, i18n }: HttpContext) {
    // Unsaving works even after a listing was paused or closed.
    const opportunity = await Opportunity.findByOrFail('slug', params.slug)
    await new UnsaveOpportunity().handle({ opportunity, investor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.saved.removed'))
    return response.redirect().back()
  }
}
