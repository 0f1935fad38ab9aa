import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Typo search through a vocabulary (pg_trgm's "Text Search Integration"): the distinct
 * words of the listings' search documents (see wordsOf), trigram-indexed. A typed word is
 * corrected to its close spellings there (a few thousand short words, not 100,000 titles),
 * and the listings holding them come from the search_document GIN index like any prefix
 * match. Checking trigram similarity of the whole phrase against every candidate listing
 * (opportunities_search_text_trgm) cost 84 ms at 100,000 listings; that index goes.
 *
 * Words are only ever added: a word no listing holds any more just finds nothing.
 */

// The search columns, as 1763900000003 computes them (unchanged here).
const UPDATE_SEARCH_COLUMNS = `
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
  WHERE source.id = o.id`

/**
 * The words worth correcting to: those of titles, places, sectors and summaries (weights
 * A–C; descriptions would add a long tail of rare words, slower to search and mostly
 * wrong guesses), letters and digits only (safe inside a tsquery), at least one letter (a
 * typo in a number means nothing) and three characters (shorter words are "similar" to
 * half the vocabulary). Sorted, so two refreshes adding the same new words take their
 * locks in the same order and cannot deadlock.
 */
const wordsOf = (listings: string) => `
  INSERT INTO search_words (word)
  SELECT DISTINCT lexeme
  FROM opportunities o, unnest(o.search_document) AS document(lexeme, positions, weights)
  WHERE ${listings} AND weights && '{A,B,C}'::text[]
    AND length(lexeme) >= 3 AND lexeme ~ '^[[:alnum:]]+$' AND lexeme ~ '[[:alpha:]]'
  ORDER BY lexeme
  ON CONFLICT DO NOTHING`

const refreshFunction = (body: string) => `
  CREATE OR REPLACE FUNCTION most_refresh_opportunity_search(ids integer[]) RETURNS void
  LANGUAGE sql AS $$ ${body} $$`

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('search_words', (table) => {
      table.text('word').primary()
    })
    this.schema.raw('CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops)')
    // Drafts' words too: publishing does not refresh the search columns.
    this.schema.raw(refreshFunction(`${UPDATE_SEARCH_COLUMNS};\n${wordsOf('o.id = ANY(ids)')};`))
    this.schema.raw(wordsOf('true'))
    this.schema.raw('DROP INDEX IF EXISTS opportunities_search_text_trgm')
  }

  async down() {
    this.schema.raw(
      'CREATE INDEX opportunities_search_text_trgm ON opportunities USING gin (search_text gin_trgm_ops)'
    )
    this.schema.raw(refreshFunction(UPDATE_SEARCH_COLUMNS))
    this.schema.dropTable('search_words')
  }
}
