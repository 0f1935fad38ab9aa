import type { HttpContext } from '@adonisjs/core/http'
import type Opportunity from '#models/opportunity'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OpportunityTransitionTransformer from '#transformers/opportunity_transition_transformer'
import FeaturedListingTransformer from '#transformers/featured_listing_transformer'
import FindOpportunity from '#actions/opportunities/find_opportunity'
import FindMembership from '#actions/organisations/find_membership'
import CreateOpportunity from '#actions/opportunities/create_opportunity'
import UpdateOpportunity from '#actions/opportunities/update_opportunity'
import ShowDashboard from '#actions/opportunities/partner/show_dashboard'
import LoadOpportunityForm from '#actions/opportunities/partner/load_opportunity_form'
import { opportunityValidator } from '#validators/opportunity'

/** A partner's listings: the dashboard, the create and edit forms. */
export default class OpportunitiesController {
  async index({ auth, inertia }: HttpContext) {
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail())
    const dashboard = await new ShowDashboard().handle({ organisation })
    return inertia.render('opportunities/partner/index', {
      organisation: OrganisationTransformer.transform(organisation),
      ...dashboard,
    })
  }

  async create({ auth, inertia }: HttpContext) {
    const member = await new FindMembership().handle(auth.getUserOrFail())
    const { featuring, periods, ...lists } = await new LoadOpportunityForm().handle({})
    return inertia.render('opportunities/partner/form', {
      organisation: OrganisationTransformer.transform(member.organisation),
      defaultContact: await member.listingContact(),
      opportunity: null,
      history: [],
      permissions: null,
      featuring,
      featuringPeriods: FeaturedListingTransformer.transform(periods),
      ...lists,
    })
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const author = auth.getUserOrFail()
    const { organisation } = await new FindMembership().handle(author)
    const data = await request.validateUsing(opportunityValidator)
    const opportunity = await new CreateOpportunity().handle({ organisation, author, data })
    session.flash('success', i18n.t('opportunities.partner.created'))
    return response.redirect().toRoute('partner.opportunities.edit', { id: opportunity.id })
  }

  async edit({ params, auth, bouncer, inertia }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('manage', opportunity)
    const { organisation } = await new FindMembership().handle(auth.getUserOrFail())
    const canBuyFeaturing = await bouncer.with('PaymentPolicy').allows('buyFeaturing', opportunity)
    const { featuring, periods, ...lists } = await new LoadOpportunityForm().handle({
      opportunity,
      canBuyFeaturing,
    })
    return inertia.render('opportunities/partner/form', {
      organisation: OrganisationTransformer.transform(organisation),
      opportunity: OpportunityTransformer.transform(opportunity).useVariant('forPartner'),
      history: OpportunityTransitionTransformer.transform(opportunity.transitions),
      permissions: await permissions(bouncer, opportunity),
      featuring,
      featuringPeriods: FeaturedListingTransformer.transform(periods),
      ...lists,
    })
  }

  async update({ params, request, bouncer, response, session, i18n, auth }: HttpContext) {
    const opportunity = await new FindOpportunity().handle({ id: params.id })
    await bouncer.with('OpportunityPolicy').authorize('edit', opportunity)
    const data = await request.validateUsing(opportunityValidator)
    await new UpdateOpportunity().handle({ opportunity, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('opportunities.partner.updated'))
    return response.redirect().back()
  }
}

/** Which of the form's buttons the partner may use on this listing. */
async function permissions(bouncer: HttpContext['bouncer'], opportunity: Opportunity) {
  const policy = bouncer.with('OpportunityPolicy')
  return {
    edit: await policy.allows('edit', opportunity),
    submit: await policy.allows('submit', opportunity),
    pause: await policy.allows('pause', opportunity),
    resume: await policy.allows('resume', opportunity),
    close: await policy.allows('close', opportunity),
    reconfirm: await policy.allows('reconfirm', opportunity),
  }
}
