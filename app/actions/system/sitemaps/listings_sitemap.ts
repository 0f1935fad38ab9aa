import { DateTime } from 'luxon'
import Opportunity from '#models/opportunity'
import { LISTINGS_PER_SITEMAP } from '#actions/system/sitemaps/list_sitemaps'
import type { SitemapEntry } from '#actions/system/sitemaps/public_pages_sitemap'

/** The published listings of one block of ids (see ListSitemaps), each once. */
export default class ListingsSitemap {
  async handle({ block }: { block: number }): Promise<SitemapEntry[]> {
    const rows = await Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .whereBetween('opportunities.id', [
        block * LISTINGS_PER_SITEMAP,
        (block + 1) * LISTINGS_PER_SITEMAP - 1,
      ])
      .select('slug', 'updated_at')
      .orderBy('opportunities.id')
      .pojo<{ slug: string; updated_at: Date | null }>()
    return rows.map((row) => ({
      path: `/opportunities/${row.slug}`,
      lastmod: row.updated_at ? DateTime.fromJSDate(row.updated_at) : null,
    }))
  }
}
