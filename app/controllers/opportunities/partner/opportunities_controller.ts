import type { HttpContext } from '@adonisjs/core/http'
import Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationTransformer from '#transformers/organisation_transformer'
import OpportunityTransitionTransformer from '#transformers/opportunity_transition_transformer'
import CreateOpportunity from '#actions/opportunities/create_opportunity'
import UpdateOpportunity from '#actions/opportunities/update_opportunity'
import PartnerDashboard from '#actions/opportunities/partner_dashboard'
import { opportunityValidator } from '#validators/opportunity'
import ReferenceData from '#services/reference_data'
import * as vocabulary from '#enums/opportunity'
import FeaturingOverview from '#actions/payments/featuring_overview'
import FeaturedListingTransformer from '#transformers/featured_listing_transformer'

/** A partner's listings: the dashboard, the create and edit forms. */
export default class OpportunitiesController {
  async index({ auth, inertia }: HttpContext) {
    const { organisation } = await OrganisationMember.currentFor(auth.getUserOrFail().id)
    const dashboard = await new PartnerDashboard().handle({ organisation })
    return inertia.render('opportunities/partner/index', {
      organisation: OrganisationTransformer.transform(organisation),
      ...dashboard,
    })
  }

  async create({ auth, inertia }: HttpContext) {
    const member = await OrganisationMember.currentFor(auth.getUserOrFail().id)
    return inertia.render('opportunities/partner/form', {
      organisation: OrganisationTransformer.transform(member.organisation),
      defaultContact: await member.listingContact(),
      opportunity: null,
      history: [],
      permissions: null,
      featuring: null,
      featuringPeriods: [],
      ...(await referenceLists()),
      options: formOptions(),
    })
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const author = auth.getUserOrFail()
    const { organisation } = await OrganisationMember.currentFor(author.id)
    const data = await request.validateUsing(opportunityValidator)
    const opportunity = await new CreateOpportunity().handle({ organisation, author, data })
    session.flash('success', i18n.t('opportunities.partner.created'))
    return response.redirect().toRoute('partner.opportunities.edit', { id: opportunity.id })
  }

  async edit({ params, auth, bouncer, inertia }: HttpContext) {
    const opportunity = await Opportunity.findOrFail(params.id)
    await bouncer.with('OpportunityPolicy').authorize('manage', opportunity)
    const { organisation } = await OrganisationMember.currentFor(auth.getUserOrFail().id)
    await opportunity.load((loader) => {
      loader
        .load('municipality')
        .load('sectors')
        .load('incentives', (incentives) => incentives.orderBy('position'))
        .load('documents', (documents) => documents.orderBy('id'))
        .load('transitions', (transitions) => transitions.preload('actor').orderBy('id', 'desc'))
    })
    const policy = bouncer.with('OpportunityPolicy')
    const { periods, ...featuring } = await new FeaturingOverview().handle({
      opportunity,
      canBuy: await bouncer.with('PaymentPolicy').allows('buyFeaturing', opportunity),
    })
    return inertia.render('opportunities/partner/form', {
      featuring,
      featuringPeriods: FeaturedListingTransformer.transform(periods),
      organisation: OrganisationTransformer.transform(organisation),
      opportunity: OpportunityTransformer.transform(opportunity).useVariant('forPartner'),
      history: OpportunityTransitionTransformer.transform(opportunity.transitions),
      permissions: {
        edit: await policy.allows('edit', opportunity),
        submit: await policy.allows('submit', opportunity),
        pause: await policy.allows('pause', opportunity),
        resume: await policy.allows('resume', opportunity),
        close: await policy.allows('close', opportunity),
        reconfirm: await policy.allows('reconfirm', opportunity),
      },
      ...(await referenceLists()),
      options: formOptions(),
    })
  }

  async update({ params, request, bouncer, response, session, i18n, auth }: HttpContext) {
    const opportunity = await Opportunity.findOrFail(params.id)
    await bouncer.with('OpportunityPolicy').authorize('edit', opportunity)
    const data = await request.validateUsing(opportunityValidator)
    await new UpdateOpportunity().handle({ opportunity, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('opportunities.partner.updated'))
    return response.redirect().back()
  }
}

async function referenceLists() {
  return {
    sectors: await ReferenceData.sectors(),
    municipalities: await ReferenceData.municipalities(),
  }
}

function formOptions() {
  return {
    types: [...vocabulary.opportunityTypes],
    stages: [...vocabulary.opportunityStages],
    incentiveKinds: [...vocabulary.incentiveKinds],
    utilities: [...vocabulary.utilities],
    landOwnerships: [...vocabulary.landOwnerships],
    cadastreStatuses: [...vocabulary.cadastreStatuses],
    zoningStatuses: [...vocabulary.zoningStatuses],
    permitStatuses: [...vocabulary.permitStatuses],
    documentKinds: [...vocabulary.documentKinds],
  }
}
