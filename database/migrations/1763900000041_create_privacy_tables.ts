import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * GDPR: an append-only history of consents (terms, privacy policy, marketing e-mail,
 * sharing contact details with a partner), "download my data" exports, and what
 * deleting an account needs (an anonymised user row, withdrawn interests, a
 * timeline line on the deals kept for statistics).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('consents', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table
        .enum('kind', ['terms', 'privacy_policy', 'marketing_emails', 'share_contact'], {
          useNative: true,
          enumName: 'consent_kind',
        })
        .notNullable()
      // The document version agreed to (terms, privacy policy); null for yes/no choices.
      table.string('version', 40).nullable()
      table.boolean('granted').notNullable()
      // What a per-record consent is about (the listing whose partner may contact them).
      table.integer('opportunity_id').nullable().references('opportunities.id').onDelete('SET NULL')
      table.string('ip', 45).nullable()
      table.timestamp('at', { useTz: true }).notNullable()
      table.index(['user_id', 'at'], 'consents_by_user')
    })

    this.schema.createTable('data_exports', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE').index()
      table
        .enum('status', ['pending', 'ready', 'failed'], {
          useNative: true,
          enumName: 'data_export_status',
        })
        .notNullable()
        .defaultTo('pending')
      // A generated name under exports/, never derived from the person.
      table.string('file_path', 255).nullable()
      table.integer('size_bytes').nullable()
      table.timestamp('requested_at', { useTz: true }).notNullable()
      table.timestamp('ready_at', { useTz: true }).nullable()
      table.timestamp('expires_at', { useTz: true }).nullable()
    })

    this.schema.alterTable('users', (table) => {
      // Set when the person deleted their account; the row stays, anonymised.
      table.timestamp('deleted_at', { useTz: true }).nullable()
    })

    this.schema.raw("ALTER TYPE interest_status ADD VALUE IF NOT EXISTS 'withdrawn'")
    this.schema.raw("ALTER TYPE deal_activity_kind ADD VALUE IF NOT EXISTS 'account_deleted'")
  }

  async down() {
    this.schema.alterTable('users', (table) => {
      table.dropColumn('deleted_at')
    })
    this.schema.dropTable('data_exports')
    this.schema.dropTable('consents')
    this.schema.raw('DROP TYPE IF EXISTS data_export_status')
    this.schema.raw('DROP TYPE IF EXISTS consent_kind')
    // Enum values added to interest_status / deal_activity_kind cannot be removed in PostgreSQL.
  }
}
