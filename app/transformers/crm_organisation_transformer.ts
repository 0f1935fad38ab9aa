import type Organisation from '#models/organisation'
import { BaseTransformer } from '@adonisjs/core/transformers'
import CountryTransformer from '#transformers/country_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import type { ResponseTime } from '#enums/crm'
import type { OrganisationFigures } from '#enums/organisation'

const NO_FIGURES: OrganisationFigures = { publishedOpportunities: 0, openDeals: 0, wonDeals: 0 }
const NO_ANSWERS: ResponseTime = { medianHours: null, answered: 0, open: 0, overdue: 0 }

/**
 * A partner organisation as the CRM sees it, with its figures and answer times. Both
 * are computed for a whole page at once and looked up here by id.
 */
export default class CrmOrganisationTransformer extends BaseTransformer<Organisation> {
  constructor(
    resource: Organisation,
    protected figures: Map<number, OrganisationFigures> = new Map(),
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
      ...(this.figures.get(organisation.id) ?? NO_FIGURES),
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
