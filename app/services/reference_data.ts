import Country from '#models/country'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import CountryTransformer from '#transformers/country_transformer'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import SectorTransformer from '#transformers/sector_transformer'

type Lists = { countries: Country[]; municipalities: Municipality[]; sectors: Sector[] }

/**
 * Seeded lists (countries, municipalities, sectors) that forms and filters offer, in
 * display order. They only change with a deployment (seeders), so each process reads
 * them once: the browse page must not pay three queries per request for its filters.
 */
export default class ReferenceData {
  static #loading?: Promise<Lists>

  static load(): Promise<Lists> {
    this.#loading ??= this.read().catch((error) => {
      this.#loading = undefined
      throw error
    })
    return this.#loading
  }

  // One query after the other: inside a transaction pg runs one at a time anyway.
  static async read(): Promise<Lists> {
    const countries = await Country.query().orderBy('isListingRegion', 'desc').orderBy('nameEn')
    const municipalities = await Municipality.query().orderBy('nameSrLatn')
    const sectors = await Sector.query().orderBy('position')
    return { countries, municipalities, sectors }
  }

  /** Forget the cached lists (after seeding reference data in the same process). */
  static forget() {
    this.#loading = undefined
  }

  static async countries(options: { listingRegionOnly?: boolean } = {}) {
    const { countries } = await this.load()
    return CountryTransformer.transform(
      options.listingRegionOnly ? countries.filter((country) => country.isListingRegion) : countries
    )
  }

  static async municipalities() {
    return MunicipalityTransformer.transform((await this.load()).municipalities)
  }

  static async sectors() {
    return SectorTransformer.transform((await this.load()).sectors)
  }

  /** District names (Serbian administrative districts), sorted. */
  static async districts() {
    const { municipalities } = await this.load()
    const names = new Set(municipalities.map((municipality) => municipality.district))
    names.delete(null)
    return [...names].sort((a, b) => a!.localeCompare(b!, 'sr-Latn')) as string[]
  }

  static async sectorIdsBySlug(slugs: string[]) {
    const { sectors } = await this.load()
    return sectors.filter((sector) => slugs.includes(sector.slug)).map((sector) => sector.id)
  }

  /** The municipalities (models: pages attach them as listings' relations) with these ids. */
  static async municipalitiesByIds(ids: number[]) {
    const { municipalities } = await this.load()
    return municipalities.filter((municipality) => ids.includes(municipality.id))
  }

  /** The sectors (models) with these ids, in display order. */
  static async sectorsByIds(ids: number[]) {
    const { sectors } = await this.load()
    return sectors.filter((sector) => ids.includes(sector.id))
  }

  static async municipalityBySlug(slug: string) {
    const { municipalities } = await this.load()
    return municipalities.find((municipality) => municipality.slug === slug) ?? null
  }

  /** Ids of the municipalities in a country (by ISO code) or a district. */
  static async municipalityIdsWhere(filter: { countryCode?: string; district?: string }) {
    const { countries, municipalities } = await this.load()
    const country = filter.countryCode
      ? countries.find((candidate) => candidate.code === filter.countryCode)
      : undefined
    return municipalities
      .filter((municipality) => {
        if (filter.countryCode && municipality.countryId !== country?.id) return false
        if (filter.district && municipality.district !== filter.district) return false
        return true
      })
      .map((municipality) => municipality.id)
  }
}
