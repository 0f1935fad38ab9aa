import type InvestorProfile from '#models/investor_profile'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** The investor's own profile form. */
export default class InvestorProfileTransformer extends BaseTransformer<InvestorProfile> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'residenceCountryId',
        'residenceCity',
        'placeOfBirth',
        'education',
        'occupation',
        'company',
        'languages',
        'ticketMinEur',
        'ticketMaxEur',
        'recommendationFrequency',
      ]),
      sectorIds: this.resource.preferredSectors.map((sector) => sector.id),
      municipalityIds: this.resource.preferredMunicipalities.map((municipality) => municipality.id),
    }
  }
}
