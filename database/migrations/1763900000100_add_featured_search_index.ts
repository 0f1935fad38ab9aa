import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A text search ranks at most 1,000 of its matches plus every featured match (so
 * featured-first holds): this small index finds the featured ones without reading
 * every match of a common word.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      `CREATE INDEX opportunities_featured_ids ON opportunities (id)
       WHERE status = 'published' AND featured_until IS NOT NULL`
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS opportunities_featured_ids')
  }
}
