import db from '@adonisjs/lucid/services/db'
import type { StrictValues } from '@adonisjs/lucid/types/querybuilder'
import SavedSearch from '#models/saved_search'
import SearchOpportunities from '#actions/opportunities/search_opportunities'

const BATCH = 200

/**
 * The saved searches (that want e-mail, of investors who agreed to it) that find one
 * listing. Each search is the browse page's own query (SearchOpportunities), so text
 * search is just as blind to script and accents: "хладњача" finds "Hladnjača". The
 * searches are asked in batches, one UNION ALL query for up to 200 of them.
 */
export default class MatchSavedSearches {
  async handle(opportunityId: number) {
    const searches = await SavedSearch.query()
      .whereNot('frequency', 'none')
      .whereHas('user', (user) => user.where('marketingOptIn', true).where('role', 'investor'))
      .orderBy('id')
    const matched = new Set<number>()
    for (let start = 0; start < searches.length; start += BATCH) {
      const parts: string[] = []
      const bindings: StrictValues[] = []
      for (const search of searches.slice(start, start + BATCH)) {
        const { query } = await new SearchOpportunities().query(search.searchFilters)
        const sql = query
          .clearOrder()
          .clearSelect()
          .select(db.raw('?::int AS saved_search_id', [search.id]))
          .where('opportunities.id', opportunityId)
          .toSQL()
        parts.push(`(${sql.sql})`)
        bindings.push(...(sql.bindings as StrictValues[]))
      }
      const { rows } = await db.rawQuery(parts.join(' UNION ALL '), bindings)
      for (const row of rows) matched.add(Number(row.saved_search_id))
    }
    return searches.filter((search) => matched.has(search.id))
  }
}
