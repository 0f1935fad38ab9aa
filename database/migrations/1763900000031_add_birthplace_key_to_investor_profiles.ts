import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The match score compares an investor's place of birth with municipality names for
 * every investor at once (alerts, the staff list). most_normalize() is the costly part,
 * so it is stored, kept up to date by PostgreSQL: the first part of the free text
 * ("Niš, Serbia" → "nis"), blind to script and accents.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      ALTER TABLE investor_profiles ADD COLUMN birthplace_key text GENERATED ALWAYS AS (
        nullif(most_normalize(btrim(split_part(coalesce(place_of_birth, ''), ',', 1))), '')
      ) STORED`)
  }

  async down() {
    this.schema.alterTable('investor_profiles', (table) => {
      table.dropColumn('birthplace_key')
    })
  }
}
