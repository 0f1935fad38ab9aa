import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  contactChannels,
  contactLanguages,
  documentKinds,
  incentiveKinds,
  interestStatuses,
  opportunityStages,
  opportunityStatuses,
  opportunityTypes,
} from '#enums/opportunity'

/**
 * The marketplace: opportunities and everything hanging off them (sectors,
 * incentives, documents, life-cycle history), the investor side (watchlist,
 * interests, NDA acceptances, data-room downloads) and the search machinery.
 */
export default class extends BaseSchema {
  async up() {
    // Search that does not care about script or diacritics: "ниш", "Niš" and "nis"
    // all become "nis". unaccent handles the remaining Latin accents; it is wrapped
    // with an explicit dictionary so the function can be IMMUTABLE and indexed.
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS unaccent')
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION most_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT public.unaccent('public.unaccent'::regdictionary,
          translate(
            replace(replace(replace(replace(replace(replace(lower(input),
              'љ', 'lj'), 'њ', 'nj'), 'џ', 'dz'), 'ђ', 'dj'), 'đ', 'dj'), 'dž', 'dz'),
            'абвгдежзијклмнопрстћуфхцчшčćšž',
            'abvgdezzijklmnoprstcufhccsccsz'))
      $$`)

    this.schema.createTable('opportunities', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table.integer('municipality_id').notNullable().references('municipalities.id')
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('slug', 200).notNullable().unique()
      table.string('title_en', 160).nullable()
      table.string('title_sr', 160).nullable()
      table.string('summary_en', 500).nullable()
      table.string('summary_sr', 500).nullable()
      table.text('description_en').nullable()
      table.text('description_sr').nullable()
      table
        .enum('type', [...opportunityTypes], { useNative: true, enumName: 'opportunity_type' })
        .notNullable()
      table
        .enum('stage', [...opportunityStages], { useNative: true, enumName: 'opportunity_stage' })
        .notNullable()
      table
        .enum('status', [...opportunityStatuses], {
          useNative: true,
          enumName: 'opportunity_status',
        })
        .notNullable()
        .defaultTo('draft')
      table.string('rejection_reason', 1000).nullable()
      // Whole euros; integers keep JavaScript numbers exact.
      table.integer('min_ticket_eur').notNullable()
      table.integer('total_size_eur').notNullable()
      table.integer('jobs_expected').nullable()
      table.integer('area_sqm').nullable()
      table.jsonb('site').nullable()
      table.string('timeline', 500).nullable()
      table.string('contact_name', 120).notNullable()
      table.string('contact_email', 254).notNullable()
      table.string('contact_phone', 40).nullable()
      table.string('cover_image_path', 300).nullable()
      table.integer('views_count').notNullable().defaultTo(0)
      table.integer('saves_count').notNullable().defaultTo(0)
      table.integer('interests_count').notNullable().defaultTo(0)
      table.timestamp('published_at', { useTz: true }).nullable()
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      table.integer('freshness_reminder_days').nullable()
      table.boolean('paused_for_freshness').notNullable().defaultTo(false)
      table.text('search_text').notNullable().defaultTo('')
      table.specificType('search_document', 'tsvector').notNullable().defaultTo(this.raw("''"))
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema.raw(
      `ALTER TABLE opportunities ADD CONSTRAINT opportunities_ticket_within_total
       CHECK (min_ticket_eur > 0 AND min_ticket_eur <= total_size_eur)`
    )
    this.schema.raw(
      `ALTER TABLE opportunities ADD CONSTRAINT opportunities_has_a_title
       CHECK (title_en IS NOT NULL OR title_sr IS NOT NULL)`
    )
    this.schema.raw(
      'CREATE INDEX opportunities_search_document ON opportunities USING gin (search_document)'
    )
    this.schema.raw(
      'CREATE INDEX opportunities_search_text_trgm ON opportunities USING gin (search_text gin_trgm_ops)'
    )
    // The browse page only ever lists published rows; one partial index per sort order.
    for (const [name, columns] of [
      ['newest', 'published_at DESC, id DESC'],
      ['largest', 'total_size_eur DESC, id DESC'],
      ['smallest_ticket', 'min_ticket_eur ASC, id DESC'],
      ['most_interest', 'interests_count DESC, id DESC'],
    ]) {
      this.schema.raw(
        `CREATE INDEX opportunities_published_${name} ON opportunities (${columns}) WHERE status = 'published'`
      )
    }
    this.schema.raw(
      `CREATE INDEX opportunities_published_municipality ON opportunities (municipality_id) WHERE status = 'published'`
    )
    this.schema.raw(
      'CREATE INDEX opportunities_organisation ON opportunities (organisation_id, status)'
    )

    this.schema.createTable('opportunity_sectors', (table) => {
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
      table.integer('sector_id').notNullable().references('sectors.id')
      table.primary(['opportunity_id', 'sector_id'])
      table.index(['sector_id', 'opportunity_id'])
    })

    this.schema.createTable('opportunity_incentives', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      table
        .enum('kind', [...incentiveKinds], { useNative: true, enumName: 'incentive_kind' })
        .notNullable()
      table.integer('amount_eur').nullable()
      table.decimal('percentage', 5, 2).nullable()
      table.string('conditions', 500).nullable()
      table.integer('position').notNullable().defaultTo(0)
    })

    this.schema.createTable('opportunity_documents', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      table
        .enum('kind', [...documentKinds], { useNative: true, enumName: 'document_kind' })
        .notNullable()
      table.string('title', 200).notNullable()
      table.string('file_path', 300).notNullable()
      table.string('file_name', 200).notNullable()
      table.string('mime_type', 100).notNullable()
      table.integer('size_bytes').notNullable()
      table.integer('uploaded_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('opportunity_transitions', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      table.specificType('from_status', 'opportunity_status').nullable()
      table.specificType('to_status', 'opportunity_status').notNullable()
      // Null when the system acted (the freshness job).
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('reason', 1000).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('saved_opportunities', (table) => {
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['user_id', 'opportunity_id'])
    })

    this.schema.createTable('interests', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
        .index()
      table.integer('investor_id').notNullable().references('users.id').onDelete('CASCADE')
      table.integer('amount_min_eur').notNullable()
      table.integer('amount_max_eur').notNullable()
      table.text('message').nullable()
      table
        .enum('contact_channel', [...contactChannels], {
          useNative: true,
          enumName: 'contact_channel',
        })
        .notNullable()
      table
        .enum('contact_language', [...contactLanguages], {
          useNative: true,
          enumName: 'contact_language',
        })
        .notNullable()
      table.timestamp('consent_given_at', { useTz: true }).notNullable()
      table
        .enum('status', [...interestStatuses], { useNative: true, enumName: 'interest_status' })
        .notNullable()
        .defaultTo('submitted')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      // One interest per investor and opportunity: a second submission updates it.
      table.unique(['investor_id', 'opportunity_id'])
    })
    this.schema.raw(
      `ALTER TABLE interests ADD CONSTRAINT interests_amount_range
       CHECK (amount_min_eur > 0 AND amount_min_eur <= amount_max_eur)`
    )

    this.schema.createTable('nda_acceptances', (table) => {
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
      table.string('ip_address', 64).nullable()
      table.timestamp('accepted_at', { useTz: true }).notNullable()
      table.primary(['user_id', 'opportunity_id'])
    })

    this.schema.createTable('document_downloads', (table) => {
      table.increments('id')
      table
        .integer('document_id')
        .notNullable()
        .references('opportunity_documents.id')
        .onDelete('CASCADE')
        .index()
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('ip_address', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })

    // What the Niš diaspora office asks every investor.
    this.schema.alterTable('investor_profiles', (table) => {
      table.string('education', 200).nullable()
      table.string('occupation', 120).nullable()
      table.string('company', 160).nullable()
      table.specificType('languages', 'text[]').notNullable().defaultTo('{}')
      table.integer('ticket_min_eur').nullable()
      table.integer('ticket_max_eur').nullable()
    })
    this.schema.createTable('investor_preferred_sectors', (table) => {
      table
        .integer('investor_profile_id')
        .notNullable()
        .references('investor_profiles.id')
        .onDelete('CASCADE')
      table.integer('sector_id').notNullable().references('sectors.id').onDelete('CASCADE')
      table.primary(['investor_profile_id', 'sector_id'])
    })
    this.schema.createTable('investor_preferred_municipalities', (table) => {
      table
        .integer('investor_profile_id')
        .notNullable()
        .references('investor_profiles.id')
        .onDelete('CASCADE')
      table
        .integer('municipality_id')
        .notNullable()
        .references('municipalities.id')
        .onDelete('CASCADE')
      table.primary(['investor_profile_id', 'municipality_id'])
    })

    // Rebuilds the search columns of the given opportunities from their own text and
    // their municipality, country and sector names (in every script).
    this.schema.raw(`
      CREATE OR REPLACE FUNCTION most_refresh_opportunity_search(ids integer[]) RETURNS void
      LANGUAGE sql AS $$
        WITH sector_names AS (
          SELECT os.opportunity_id,
                 string_agg(concat_ws(' ', s.name_en, s.name_sr_latn), ' ') AS names
          FROM opportunity_sectors os JOIN sectors s ON s.id = os.sector_id
          WHERE os.opportunity_id = ANY(ids)
          GROUP BY os.opportunity_id
        ), source AS (
          SELECT o.id,
                 concat_ws(' ', o.title_en, o.title_sr) AS titles,
                 concat_ws(' ', m.name_en, m.name_sr_latn, m.district, c.name_en, c.name_sr_latn, sn.names) AS place,
                 concat_ws(' ', o.summary_en, o.summary_sr) AS summaries,
                 concat_ws(' ', o.description_en, o.description_sr) AS descriptions
          FROM opportunities o
          JOIN municipalities m ON m.id = o.municipality_id
          JOIN countries c ON c.id = m.country_id
          LEFT JOIN sector_names sn ON sn.opportunity_id = o.id
          WHERE o.id = ANY(ids)
        )
        UPDATE opportunities o SET
          search_text = most_normalize(concat_ws(' ', source.titles, source.place)),
          search_document =
            setweight(to_tsvector('simple', most_normalize(source.titles)), 'A') ||
            setweight(to_tsvector('simple', most_normalize(source.place)), 'B') ||
            setweight(to_tsvector('simple', most_normalize(source.summaries)), 'C') ||
            setweight(to_tsvector('simple', most_normalize(source.descriptions)), 'D')
        FROM source
        WHERE source.id = o.id
      $$`)
  }

  async down() {
    this.schema.raw('DROP FUNCTION IF EXISTS most_refresh_opportunity_search(integer[])')
    this.schema.dropTable('investor_preferred_municipalities')
    this.schema.dropTable('investor_preferred_sectors')
    this.schema.alterTable('investor_profiles', (table) => {
      table.dropColumns(
        'education',
        'occupation',
        'company',
        'languages',
        'ticket_min_eur',
        'ticket_max_eur'
      )
    })
    this.schema.dropTable('document_downloads')
    this.schema.dropTable('nda_acceptances')
    this.schema.dropTable('interests')
    this.schema.dropTable('saved_opportunities')
    this.schema.dropTable('opportunity_transitions')
    this.schema.dropTable('opportunity_documents')
    this.schema.dropTable('opportunity_incentives')
    this.schema.dropTable('opportunity_sectors')
    this.schema.dropTable('opportunities')
    this.schema.raw(
      'DROP TYPE IF EXISTS opportunity_type, opportunity_stage, opportunity_status, incentive_kind, document_kind, contact_channel, contact_language, interest_status'
    )
    this.schema.raw('DROP FUNCTION IF EXISTS most_normalize(text)')
  }
}
