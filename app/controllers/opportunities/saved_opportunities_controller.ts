import type { HttpContext } from '@adonisjs/core/http'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import ListSavedOpportunities from '#actions/opportunities/list_saved_opportunities'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import SaveOpportunity from '#actions/opportunities/save_opportunity'
import UnsaveOpportunity from '#actions/opportunities/unsave_opportunity'

/** The investor's watchlist ("My saved"). */
export default class SavedOpportunitiesController {
  async index({ auth, inertia }: HttpContext) {
    const saved = await new ListSavedOpportunities().handle({ investor: auth.getUserOrFail() })
    return inertia.render('opportunities/saved', { saved: OpportunityTransformer.transform(saved) })
  }

  async store({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await bouncer.with('OpportunityPolicy').authorize('engage', opportunity)
    await new SaveOpportunity().handle({ opportunity, investor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.saved.added'))
    return response.redirect().back()
  }

  async destroy({ params, auth, response, session, i18n }: HttpContext) {
    // Unsaving works even after a listing was paused or closed.
    const opportunity = await new FindOpportunity().handle({ slug: params.slug })
    await new UnsaveOpportunity().handle({ opportunity, investor: auth.getUserOrFail() })
    session.flash('success', i18n.t('opportunities.saved.removed'))
    return response.redirect().back()
  }
}
