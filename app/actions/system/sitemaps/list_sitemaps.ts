import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Opportunity from '#models/opportunity'
import PublicPagesSitemap from '#actions/system/sitemaps/public_pages_sitemap'

/**
 * Listing ids per sitemap file: each file stays far below the protocol's 50,000 URLs. The
 * index opportunities_sitemap_blocks is built on this same division (its migration).
 */
export const LISTINGS_PER_SITEMAP = 10_000

export interface SitemapFile {
  name: string
  lastmod: DateTime | null
}

/**
 * The files the sitemap index points to: one for the site's other public pages, and one
 * per block of listing ids that holds a published listing (a listing always stays in the
 * same file). Each block's newest change is one probe of the sitemap-blocks index, so the
 * index answers in a few milliseconds at 100,000 listings.
 */
export default class ListSitemaps {
  async handle(): Promise<SitemapFile[]> {
    // The literal block size (never user input) lets PostgreSQL match the index expression.
    const newest = Opportunity.query()
      .withScopes((scopes) => scopes.published())
      .whereRaw(`opportunities.id / ${LISTINGS_PER_SITEMAP} = blocks.block`)
      .max('opportunities.updated_at')
      .toSQL()
    const { rows: blocks } = await db.rawQuery<{ rows: { block: number; lastmod: Date | null }[] }>(
      `select blocks.block, (${newest.sql}) as lastmod
       from generate_series(0, (select coalesce(max(id), 0) from opportunities) / ${LISTINGS_PER_SITEMAP}) as blocks(block)
       order by blocks.block`,
      [...newest.bindings]
    )
    return [
      { name: 'pages', lastmod: await new PublicPagesSitemap().lastModified() },
      ...blocks
        .filter((row) => row.lastmod !== null)
        .map((row) => ({
          name: `opportunities-${row.block}`,
          lastmod: DateTime.fromJSDate(row.lastmod!),
        })),
    ]
  }
}
