import type Organisation from '#models/organisation'
import { BaseTransformer } from '@adonisjs/core/transformers'
import CountryTransformer from '#transformers/country_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'

export default class OrganisationTransformer extends BaseTransformer<Organisation> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'name',
        'slug',
        'kind',
        'status',
        'website',
        'rejectionReason',
        'createdAt',
      ]),
      country: CountryTransformer.transform(this.whenLoaded(this.resource.country)),
      municipality: MunicipalityTransformer.transform(this.whenLoaded(this.resource.municipality)),
    }
  }

  /** The public page adds the organisation's own description. */
  forPublic() {
    return { ...this.toObject(), description: this.resource.description }
  }

  /** The partner's impact page names the organisation and its municipality only. */
  forImpact() {
    return {
      name: this.resource.name,
      municipality: this.resource.municipality?.nameSrLatn ?? null,
    }
  }
}
