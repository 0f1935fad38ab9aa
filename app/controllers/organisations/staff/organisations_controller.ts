import type { HttpContext } from '@adonisjs/core/http'
import ListOrganisations from '#actions/organisations/staff/list_organisations'
import { organisationKinds, organisationStatuses } from '#enums/organisation'
import ShowOrganisation from '#actions/organisations/staff/show_organisation'
import CrmOrganisationTransformer from '#transformers/crm_organisation_transformer'
import CountryTransformer from '#transformers/country_transformer'
import ContactTransformer from '#transformers/contact_transformer'
import DealActivityTransformer from '#transformers/deal_activity_transformer'
import DealTransformer from '#transformers/deal_transformer'
import IntroductionTransformer from '#transformers/introduction_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import OrganisationMemberTransformer from '#transformers/organisation_member_transformer'
import {
  crmOrganisationFiltersValidator,
  crmOrganisationPageValidator,
} from '#validators/organisation'

/** The CRM's partner organisations: a searchable list and one organisation's people, deals and timeline. */
export default class OrganisationsController {
  async index({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('viewCrmList')
    const filters = await crmOrganisationFiltersValidator.validate(request.qs())
    const list = await new ListOrganisations().handle(filters)
    return inertia.render('organisations/staff/index', {
      organisations: CrmOrganisationTransformer.transform(
        list.organisations,
        list.figures,
        list.responseTimes
      ),
      meta: list.meta,
      filters: {
        q: filters.q ?? '',
        kind: filters.kind ?? '',
        status: filters.status ?? '',
        municipality: filters.municipality ?? '',
        country: filters.country ?? '',
      },
      municipalities: MunicipalityTransformer.transform(list.municipalities),
      countries: CountryTransformer.transform(list.countries),
      kinds: [...organisationKinds],
      statuses: [...organisationStatuses],
    })
  }

  async show({ params, request, inertia, bouncer }: HttpContext) {
    await bouncer.with('OrganisationPolicy').authorize('viewInCrm')
    const { timeline } = await crmOrganisationPageValidator.validate(request.qs())
    const organisationId = Number(params.id)
    const page = await new ShowOrganisation().handle({ organisationId, timelineLimit: timeline })
    const { organisation, figures, responseTimes } = page
    return inertia.render('organisations/staff/show', {
      organisation: CrmOrganisationTransformer.transform(
        organisation,
        figures,
        responseTimes
      ).useVariant('forCrmPage'),
      members: OrganisationMemberTransformer.transform(organisation.members).useVariant('forCrm'),
      contacts: ContactTransformer.transform(page.otherContacts),
      opportunities: OpportunityTransformer.transform(page.opportunities),
      deals: DealTransformer.transform(page.deals),
      dealsTotal: page.dealsTotal,
      introductions: IntroductionTransformer.transform(page.introductions).useVariant(
        'forOrganisation'
      ),
      timeline: DealActivityTransformer.transform(page.timeline).useVariant('withDeal'),
      timelineNextLimit: page.timelineNextLimit,
    })
  }
}
