import Opportunity from '#models/opportunity'

/** The listing an investor expresses interest in, by its slug; a 404 when there is none. */
export default class FindListingToEngage {
  async handle(slug: string) {
    return Opportunity.findByOrFail('slug', slug)
  }
}
