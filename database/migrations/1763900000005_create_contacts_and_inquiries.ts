import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The CRM's people: a contact is a person whether or not they have an account
 * (inquiries come from the public form). Deals point at their contact; an inquiry
 * deal may have no investor user, so `deals.investor_id` becomes nullable.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('contacts', (table) => {
      table.increments('id')
      table.string('full_name', 160).notNullable()
      table.string('email', 254).notNullable()
      table.string('phone', 40).nullable()
      table.string('place_of_birth', 120).nullable()
      table.string('place_of_residence', 120).nullable()
      table.string('education', 160).nullable()
      table.string('university', 160).nullable()
      table.string('department', 160).nullable()
      table.string('current_job', 160).nullable()
      table.string('company', 160).nullable()
      table.string('locale', 10).notNullable().defaultTo('sr-Latn')
      table
        .enum('kind', ['investor', 'partner_contact', 'inquirer'], {
          useNative: true,
          enumName: 'contact_kind',
        })
        .notNullable()
      table.integer('user_id').nullable().unique().references('users.id').onDelete('SET NULL')
      table
        .integer('organisation_id')
        .nullable()
        .references('organisations.id')
        .onDelete('SET NULL')
        .index()
      // The personal assistant who looks after this person.
      table.integer('owner_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    // One contact per address, whatever its case.
    this.schema.raw('CREATE UNIQUE INDEX contacts_email_unique ON contacts (lower(email))')

    this.schema.alterTable('deals', (table) => {
      table.integer('contact_id').nullable().references('contacts.id').onDelete('SET NULL')
      table.index(['contact_id'], 'deals_by_contact')
    })
    this.schema.raw('ALTER TABLE deals ALTER COLUMN investor_id DROP NOT NULL')

    this.schema.createTable('inquiries', (table) => {
      table.increments('id')
      table.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE')
      table.text('question').notNullable()
      table.integer('deal_id').nullable().references('deals.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['contact_id'], 'inquiries_by_contact')
    })

    // A question from the public form is the first line of an inquiry deal's timeline.
    this.schema.raw("ALTER TYPE deal_activity_kind ADD VALUE IF NOT EXISTS 'inquiry'")

    // Existing investors with deals become contacts, looked after by their latest deal's owner.
    this.defer(async (db) => {
      await db.rawQuery(`
        INSERT INTO contacts (full_name, email, locale, kind, user_id, owner_id, created_at, updated_at)
        SELECT u.full_name, u.email, u.locale, 'investor', u.id,
          (SELECT d.owner_id FROM deals d WHERE d.investor_id = u.id ORDER BY d.id DESC LIMIT 1),
          now(), now()
        FROM users u
        WHERE EXISTS (SELECT 1 FROM deals d WHERE d.investor_id = u.id)
        ON CONFLICT DO NOTHING
      `)
      await db.rawQuery(`
        UPDATE deals SET contact_id = c.id FROM contacts c WHERE c.user_id = deals.investor_id
      `)
    })
  }

  async down() {
    this.schema.dropTable('inquiries')
    this.schema.alterTable('deals', (table) => {
      table.dropColumn('contact_id')
    })
    this.schema.dropTable('contacts')
    this.schema.raw('DROP TYPE IF EXISTS contact_kind')
  }
}
