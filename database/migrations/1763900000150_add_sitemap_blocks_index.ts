import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The sitemap index gives each file of 10,000 listing ids (id / 10000, the block size in
 * app/actions/system/sitemaps/list_sitemaps.ts) its newest change: with this index that is
 * one index probe per block instead of reading every published listing.
 */
export default class extends BaseSchema {
  static disableTransactions = true

  async up() {
    this.schema.raw(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunities_sitemap_blocks
       ON opportunities ((id / 10000), updated_at) WHERE status = 'published'`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX CONCURRENTLY IF EXISTS opportunities_sitemap_blocks')
  }
}
