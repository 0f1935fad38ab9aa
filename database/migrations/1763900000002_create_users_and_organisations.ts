import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('users', (table) => {
      table.increments('id')
      table.string('full_name', 120).notNullable()
      table.string('email', 254).notNullable()
      table.string('password').notNullable()
      table
        .enum('role', ['investor', 'partner', 'staff', 'admin'], {
          useNative: true,
          enumName: 'user_role',
        })
        .notNullable()
      table.string('locale', 10).notNullable().defaultTo('en')
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    // E-mail addresses are unique whatever their case.
    this.schema.raw('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))')

    this.schema.createTable('investor_profiles', (table) => {
      table.increments('id')
      table
        .integer('user_id')
        .unsigned()
        .notNullable()
        .unique()
        .references('users.id')
        .onDelete('CASCADE')
      table
        .integer('residence_country_id')
        .unsigned()
        .nullable()
        .references('countries.id')
        .onDelete('SET NULL')
      table.string('residence_city', 120).nullable()
      table.string('place_of_birth', 120).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('organisations', (table) => {
      table.increments('id')
      table.string('name', 160).notNullable()
      table.string('slug', 180).notNullable().unique()
      table
        .enum(
          'kind',
          ['municipal_office', 'company', 'technology_park', 'chamber', 'ngo', 'investor_network'],
          {
            useNative: true,
            enumName: 'organisation_kind',
          }
        )
        .notNullable()
      table
        .enum('status', ['pending', 'approved', 'rejected'], {
          useNative: true,
          enumName: 'organisation_status',
        })
        .notNullable()
        .defaultTo('pending')
      table
        .integer('country_id')
        .unsigned()
        .notNullable()
        .references('countries.id')
        .onDelete('RESTRICT')
      table
        .integer('municipality_id')
        .unsigned()
        .nullable()
        .references('municipalities.id')
        .onDelete('SET NULL')
      table.string('website', 255).nullable()
      table.text('description').nullable()
      table.string('rejection_reason', 500).nullable()
      table
        .integer('reviewed_by_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
      table.timestamp('reviewed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['status'], 'organisations_status_idx')
    })

    this.schema.createTable('organisation_members', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .unsigned()
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table
        .enum('role', ['owner', 'member'], {
          useNative: true,
          enumName: 'organisation_member_role',
        })
        .notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.unique(['organisation_id', 'user_id'])
      table.index(['user_id'], 'organisation_members_user_idx')
    })

    this.schema.createTable('organisation_invitations', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .unsigned()
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table
        .integer('invited_by_id')
        .unsigned()
        .nullable()
        .references('users.id')
        .onDelete('SET NULL')
      table.string('email', 254).notNullable()
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('accepted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('password_reset_tokens', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('token_hash', 64).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    // Every e-mail handed to the mailer, whatever the transport: the offline demo and staff read these.
    this.schema.createTable('sent_emails', (table) => {
      table.increments('id')
      table.string('to_address', 254).notNullable()
      table.string('subject', 300).notNullable()
      table.text('html').nullable()
      table.text('text').nullable()
      table.string('mailer', 40).notNullable()
      table.string('message_id', 255).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['to_address'], 'sent_emails_to_idx')
    })
  }

  async down() {
    this.schema.dropTable('sent_emails')
    this.schema.dropTable('password_reset_tokens')
    this.schema.dropTable('organisation_invitations')
    this.schema.dropTable('organisation_members')
    this.schema.dropTable('organisations')
    this.schema.dropTable('investor_profiles')
    this.schema.dropTable('users')
    this.schema.raw(
      'DROP TYPE IF EXISTS user_role, organisation_kind, organisation_status, organisation_member_role'
    )
  }
}
