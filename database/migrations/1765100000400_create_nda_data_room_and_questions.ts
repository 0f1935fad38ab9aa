import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Signed NDAs (versioned texts per organisation, Most's standard text as the fallback),
 * revocable data-room documents with watermark-aware download logs, and questions on a
 * listing. Expand only: the click-through `nda_acceptances` stay for the record and are
 * no longer read to open a data room.
 */
export default class extends BaseSchema {
  async up() {
    // organisation_id null: Most's standard NDA, used until an organisation writes its own.
    this.schema.createTable('nda_versions', (table) => {
      table.increments('id')
      table.integer('organisation_id').nullable().references('organisations.id').onDelete('CASCADE')
      table.integer('version').notNullable()
      table.text('body_en').notNullable()
      table.text('body_sr_latn').notNullable()
      table.text('body_sr_cyrl').notNullable()
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
    // The current version of an organisation is its highest number.
    this.schema.raw(
      'CREATE UNIQUE INDEX nda_versions_current_idx ON nda_versions (coalesce(organisation_id, 0), version DESC)'
    )

    this.schema.createTable('nda_signatures', (table) => {
      table.increments('id')
      table
        .integer('nda_version_id')
        .notNullable()
        .references('nda_versions.id')
        .onDelete('RESTRICT')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('signer_name', 200).notNullable()
      table.string('locale', 10).notNullable()
      table.string('ip_address', 64).nullable()
      // SHA-256 (hex) of the NDA text exactly as signed; printed on the PDF.
      table.string('document_hash', 64).notNullable()
      table.string('pdf_path', 300).notNullable()
      table.timestamp('signed_at', { useTz: true }).notNullable()
      table.unique(['user_id', 'opportunity_id', 'nda_version_id'], {
        indexName: 'nda_signatures_once_per_version',
      })
    })
    this.schema.raw('CREATE INDEX nda_signatures_by_listing ON nda_signatures (opportunity_id)')

    // A revoked document leaves the room (410) and stays listed for the partner's record.
    this.schema.alterTable('opportunity_documents', (table) => {
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.integer('revoked_by_id').nullable().references('users.id').onDelete('SET NULL')
    })
    this.schema.alterTable('document_downloads', (table) => {
      table.boolean('watermarked').notNullable().defaultTo(false)
    })
    // The partner's engagement page and the weekly digest read downloads per listing, by time.
    this.schema.raw(
      'CREATE INDEX document_downloads_by_time ON document_downloads (created_at, document_id)'
    )

    this.schema.createTable('opportunity_questions', (table) => {
      table.increments('id')
      table
        .integer('opportunity_id')
        .notNullable()
        .references('opportunities.id')
        .onDelete('CASCADE')
      table.integer('asker_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('visibility', 10).notNullable()
      table.string('locale', 10).notNullable()
      table.text('body').notNullable()
      table.text('answer_en').nullable()
      table.text('answer_sr').nullable()
      table.integer('answered_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('answered_at', { useTz: true }).nullable()
      // The partner's deadline (business days of its organisation), as for introductions.
      table.timestamp('due_at', { useTz: true }).notNullable()
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.integer('hidden_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
    this.schema
      .raw(`ALTER TABLE opportunity_questions ADD CONSTRAINT opportunity_questions_visibility
      CHECK (visibility IN ('public', 'private'))`)
    this.schema.raw(
      'CREATE INDEX opportunity_questions_by_listing ON opportunity_questions (opportunity_id, created_at DESC)'
    )

    this.defer(async (db) => {
      await db.table('nda_versions').insert({
        organisation_id: null,
        version: 1,
        body_en: STANDARD_NDA.en,
        body_sr_latn: STANDARD_NDA.srLatn,
        body_sr_cyrl: STANDARD_NDA.srCyrl,
        created_at: new Date(),
      })
    })
  }

  async down() {
    this.schema.dropTable('opportunity_questions')
    this.schema.raw('DROP INDEX IF EXISTS document_downloads_by_time')
    this.schema.alterTable('document_downloads', (table) => {
      table.dropColumn('watermarked')
    })
    this.schema.alterTable('opportunity_documents', (table) => {
      table.dropColumn('revoked_by_id')
      table.dropColumn('revoked_at')
    })
    this.schema.dropTable('nda_signatures')
    this.schema.dropTable('nda_versions')
  }
}

/** Most's standard confidentiality terms, version 1, in the three languages. */
const STANDARD_NDA = {
  en: [
    '1. The investor receives confidential information about the project (documents of its data room, figures, plans, the identity of partners) only to evaluate an investment in it.',
    '2. The investor keeps this information confidential, does not pass it on to third parties except to advisers bound by the same duty, and uses it for no other purpose.',
    '3. Information that was public, or lawfully known to the investor before, is not confidential.',
    '4. Every downloaded page is marked with the investor’s name, e-mail and the time of download.',
    '5. The duty lasts three years from signing. The law of the Republic of Serbia applies; the courts in Belgrade decide disputes.',
  ].join('\n\n'),
  srLatn: [
    '1. Investitor prima poverljive informacije o projektu (dokumente iz sobe sa podacima, brojke, planove, identitet partnera) isključivo radi procene ulaganja.',
    '2. Investitor čuva te informacije kao poverljive, ne prenosi ih trećim licima osim savetnicima vezanim istom obavezom i ne koristi ih ni u koju drugu svrhu.',
    '3. Informacije koje su bile javne ili su investitoru ranije zakonito bile poznate nisu poverljive.',
    '4. Svaka preuzeta stranica označena je imenom i e-poštom investitora i vremenom preuzimanja.',
    '5. Obaveza traje tri godine od potpisivanja. Primenjuje se pravo Republike Srbije; za sporove je nadležan sud u Beogradu.',
  ].join('\n\n'),
  srCyrl: [
    '1. Инвеститор прима поверљиве информације о пројекту (документе из собе са подацима, бројке, планове, идентитет партнера) искључиво ради процене улагања.',
    '2. Инвеститор чува те информације као поверљиве, не преноси их трећим лицима осим саветницима везаним истом обавезом и не користи их ни у коју другу сврху.',
    '3. Информације које су биле јавне или су инвеститору раније законито биле познате нису поверљиве.',
    '4. Свака преузета страница означена је именом и е-поштом инвеститора и временом преузимања.',
    '5. Обавеза траје три године од потписивања. Примењује се право Републике Србије; за спорове је надлежан суд у Београду.',
  ].join('\n\n'),
}
