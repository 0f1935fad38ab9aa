import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Replies by e-mail: every mail that reached the inbound listener or the signed HTTP path,
 * matched to a deal (or a contact, through a staff member's filing address) or kept aside
 * as "unmatched" for staff to file. Received replies go on the deal's timeline, and the
 * deal remembers its last reply (the stale sweep counts from it).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('inbound_mails', (table) => {
      table.increments('id')
      table
        .enum('status', ['matched', 'unmatched', 'filed', 'dismissed'], {
          useNative: true,
          enumName: 'inbound_mail_status',
        })
        .notNullable()
      // Why an unmatched mail found no home (app/enums/inbound_mail.ts).
      table.string('unmatched_reason', 20).nullable()
      table.string('source', 8).notNullable()
      // The address it was delivered to (the envelope recipient), lower case.
      table.string('recipient', 320).notNullable()
      table.integer('deal_id').nullable().references('deals.id').onDelete('SET NULL')
      table.integer('contact_id').nullable().references('contacts.id').onDelete('SET NULL')
      // The staff member whose filing address received it, or who filed it by hand.
      table.integer('filed_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('from_address', 320).notNullable()
      table.string('from_name', 200).nullable()
      table.string('subject', 500).notNullable()
      // The new text only; the quoted history apart, folded on the page.
      table.text('body').notNullable()
      table.text('quoted').nullable()
      table.text('message_id').nullable()
      table.text('in_reply_to').nullable()
      table.integer('size_bytes').notNullable()
      // One row per message and recipient: a sender's retry stores nothing twice.
      table.string('dedupe_key', 64).notNullable().unique()
      table.timestamp('received_at', { useTz: true }).notNullable()
      table.timestamp('filed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    // Each attachment: kept in Drive (file_path), or refused for its type or content.
    this.schema.createTable('inbound_mail_attachments', (table) => {
      table.increments('id')
      table
        .integer('inbound_mail_id')
        .notNullable()
        .references('inbound_mails.id')
        .onDelete('CASCADE')
        .index('inbound_mail_attachments_by_mail')
      table.smallint('position').notNullable()
      table.string('name', 200).notNullable()
      table.string('content_type', 120).notNullable()
      table.integer('size_bytes').notNullable()
      table.string('file_path', 300).nullable()
      table.string('refused', 10).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    this.schema
      .raw(`ALTER TABLE inbound_mail_attachments ADD CONSTRAINT inbound_mail_attachments_kept_or_refused
      CHECK ((file_path IS NULL) <> (refused IS NULL) AND refused IN ('type', 'content'))`)

    this.schema.raw(`ALTER TABLE inbound_mails ADD CONSTRAINT inbound_mails_source_check
      CHECK (source IN ('smtp', 'http'))`)
    // The staff page lists what waits to be filed, newest first.
    this.schema.raw(
      `CREATE INDEX inbound_mails_unmatched ON inbound_mails (received_at DESC) WHERE status = 'unmatched'`
    )
    // Threading: a deal's conversation with one address.
    this.schema.raw(
      'CREATE INDEX inbound_mails_by_deal ON inbound_mails (deal_id, received_at) WHERE deal_id IS NOT NULL'
    )
    this.schema.raw(
      'CREATE INDEX inbound_mails_by_contact ON inbound_mails (contact_id, received_at) WHERE contact_id IS NOT NULL'
    )

    this.schema.raw("ALTER TYPE deal_activity_kind ADD VALUE IF NOT EXISTS 'email_received'")

    // A reply restarts the deal's stale clock (app/jobs/sweep_stale_deals.ts).
    this.schema.alterTable('deals', (table) => {
      table.timestamp('last_reply_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('deals', (table) => {
      table.dropColumn('last_reply_at')
    })
    this.schema.dropTable('inbound_mail_attachments')
    this.schema.dropTable('inbound_mails')
    this.schema.raw('DROP TYPE IF EXISTS inbound_mail_status')
  }
}
