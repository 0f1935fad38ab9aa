import type Organisation from '#models/organisation'
import { BaseTransformer } from '@adonisjs/core/transformers'
import CountryTransformer from '#transformers/country_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import type { ResponseTime } from '#actions/introductions/response_times'

const NO_ANSWERS: ResponseTime = { medianHours: null, answered: 0, open: 0, overdue: 0 }

/**
 * A partner organisation as the CRM sees it: its figures (counted by the model's
 * `withCrmCounts` scope) and its answer times, looked up in the map it is given.
 */
export default class CrmOrganisationTransformer extends BaseTransformer<Organisation> {
  constructor(
    resource: Organisation,
    protected responseTimes: Map<number, ResponseTime> = new Map()
  ) {
    super(resource)
  }

  toObject() {
    const organisation = this.resource
    return {
      ...this.pick(organisation, ['id', 'name', 'slug', 'kind', 'status', 'createdAt']),
      country: CountryTransformer.transform(this.whenLoaded(organisation.country)),
      municipality: MunicipalityTransformer.transform(this.whenLoaded(organisation.municipality)),
      publishedOpportunities: Number(organisation.$extras.published_opportunities ?? 0),
      openDeals: Number(organisation.$extras.open_deals ?? 0),
      wonDeals: Number(organisation.$extras.won_deals ?? 0),
      responseTime: this.responseTimes.get(organisation.id) ?? NO_ANSWERS,
    }
  }

  /** The organisation's own CRM page adds what the list leaves out. */
  forCrmPage() {
    return {
      ...this.toObject(),
      ...this.pick(this.resource, [
        'description',
        'website',
        'responseDays',
        'rejectionReason',
        'reviewedAt',
      ]),
    }
  }
}
