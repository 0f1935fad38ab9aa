import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Accepted images get resized WebP variants (card and page) stored beside the original;
 * their keys and sizes live with the image so pages can set width/height. A listing
 * keeps its cover's variants, so cards need no extra query.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('opportunity_documents', (table) => {
      table.integer('width').nullable()
      table.integer('height').nullable()
      table.jsonb('variants').nullable()
    })
    this.schema.alterTable('opportunities', (table) => {
      table.jsonb('cover_image_variants').nullable()
    })
    this.schema.alterTable('success_stories', (table) => {
      table.jsonb('photo_variants').nullable()
    })
  }

  async down() {
    this.schema.alterTable('success_stories', (table) => table.dropColumn('photo_variants'))
    this.schema.alterTable('opportunities', (table) => table.dropColumn('cover_image_variants'))
    this.schema.alterTable('opportunity_documents', (table) => {
      table.dropColumn('variants')
      table.dropColumn('height')
      table.dropColumn('width')
    })
  }
}
