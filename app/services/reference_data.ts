import Country from '#models/country'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import CountryTransformer from '#transformers/country_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import SectorTransformer from '#transformers/sector_transformer'

/** Seeded lists (countries, municipalities, sectors) that forms and filters offer, in display order. */
export default class ReferenceData {
  static async countries(options: { listingRegionOnly?: boolean } = {}) {
    const query = Country.query().orderBy('isListingRegion', 'desc').orderBy('nameEn')
    if (options.listingRegionOnly) query.where('isListingRegion', true)
    return CountryTransformer.transform(await query)
  }

  static async municipalities() {
    return MunicipalityTransformer.transform(await Municipality.query().orderBy('nameSrLatn'))
  }

  static async sectors() {
    return SectorTransformer.transform(await Sector.query().orderBy('position'))
  }
}
