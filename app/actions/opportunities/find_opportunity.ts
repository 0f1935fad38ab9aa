import Opportunity from '#models/opportunity'

type Key = { id: number | string } | { slug: string }

/**
 * One listing by id or slug, e.g. to authorise an action on it: a missing listing (or,
 * with `publishedOnly`, one not published) answers 404.
 */
export default class FindOpportunity {
  handle(
    key: Key,
    {
      publishedOnly = false,
      preload = [],
    }: {
      publishedOnly?: boolean
      preload?: ('organisation' | 'municipality' | 'sectors')[]
    } = {}
  ) {
    const query = Opportunity.query()
    if ('slug' in key) query.where('slug', key.slug)
    else query.where('id', key.id)
    if (publishedOnly) query.withScopes((scopes) => scopes.published())
    for (const relation of preload) query.preload(relation)
    return query.firstOrFail()
  }
}
