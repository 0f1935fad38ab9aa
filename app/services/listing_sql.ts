/**
 * The SQL text of the listing pages (browse, search, API, detail), plain strings with no
 * framework import: SearchOpportunities and ShowOpportunity build their queries from it,
 * and the benchmark's Fastify + pg baseline (bench/baseline/) sends the very same text, so
 * the two can only differ in what the framework adds. A fragment that takes a value gets
 * its placeholder as argument: `?` for knex, `$3` for pg.
 */

/** Rows a page shows. */
export const PER_PAGE = 20

/**
 * A search or browse counts (and a text search ranks) at most this many matches. A common
 * word or a broad filter can match a tenth of all listings; counting every one of them
 * costs tens of milliseconds at 100,000 listings and grows with the table, and nobody
 * pages past result 1,000 — the page says "1,000+".
 */
export const SEARCH_CAP = 1000

/**
 * Browsing does not count matches the planner expects to be at least this many: it shows
 * "1,000+" straight away. Counting even up to SEARCH_CAP + 1 means joining every listing
 * of the chosen sectors with every listing of the chosen places (87–117 ms at 100,000
 * listings, and growing with the table), while the planner's estimate costs one EXPLAIN.
 * Five times the cap leaves room for the estimate to be off; below it, the capped count runs.
 */
export const ESTIMATE_TRUSTED_ABOVE = 5 * SEARCH_CAP

/**
 * What a result card needs (OpportunityTransformer.toObject and the model getters it
 * calls). The search columns and long texts stay in PostgreSQL: hydrating them cost
 * most of the model time of a results page.
 */
export const CARD_COLUMNS = [
  'id',
  'organisation_id',
  'municipality_id',
  'slug',
  'status',
  'title_en',
  'title_sr',
  'summary_en',
  'summary_sr',
  'type',
  'stage',
  'min_ticket_eur',
  'total_size_eur',
  'jobs_expected',
  'area_sqm',
  'interests_count',
  'published_at',
  'confirmed_at',
  'featured_until',
  'cover_image_path',
  'cover_image_variants',
] as const

/** The sector ids of each listing, as an extra column (municipality and sectors come from memory). */
export const SECTOR_IDS = `(SELECT coalesce(array_agg(sector_id), '{}') FROM opportunity_sectors
  WHERE opportunity_id = opportunities.id) AS sector_ids`

/**
 * What a card shows of the listing's organisation, as a JSON column (one statement, not a
 * preload), with its stored responsiveness for the "usually answers" badge.
 */
export const CARD_ORGANISATION_JSON = `(SELECT json_build_object('id', id, 'name', name, 'slug', slug, 'kind', kind,
  'response_answered_pct', response_answered_pct, 'response_median_hours', response_median_hours)
  FROM organisations WHERE organisations.id = opportunities.organisation_id) AS organisation_json`

/** Incentives of a listing as a JSON column. */
export const INCENTIVES_JSON = `(SELECT coalesce(json_agg(opportunity_incentives ORDER BY position), '[]')
  FROM opportunity_incentives WHERE opportunity_id = opportunities.id) AS incentives_json`

/**
 * Documents of a listing as a JSON column. created_at stays out: JSON turns timestamps into
 * ISO strings, which Lucid's DateTime columns do not read, and no page shows it.
 */
export const DOCUMENTS_JSON = `(SELECT coalesce(json_agg(json_build_object('id', id, 'opportunity_id', opportunity_id,
  'kind', kind, 'title', title, 'file_path', file_path, 'file_name', file_name,
  'mime_type', mime_type, 'size_bytes', size_bytes, 'uploaded_by_id', uploaded_by_id,
  'width', width, 'height', height, 'variants', variants) ORDER BY id), '[]')
  FROM opportunity_documents WHERE opportunity_id = opportunities.id AND revoked_at IS NULL) AS documents_json`

/** A listing's search document matches a tsquery: answered from the search_document GIN index. */
export const viaIndex = (query: string) => `opportunities.search_document @@ ${query}`

/**
 * The same test as a function call (`ts_match_vq` is what `@@` stands for), which no index
 * answers: for the featured matches, so PostgreSQL reads the few featured listings
 * (opportunities_featured_ids) and checks each. With `@@` it cannot estimate a tsquery
 * computed in the statement, and builds the bitmap of every match of the words a second
 * time (2–3 ms for a common word at 100,000 listings, growing with the table) to
 * intersect it with them.
 */
export const rowByRow = (query: string) => `ts_match_vq(opportunities.search_document, ${query})`

/** Quote, operators, parentheses, colon, star, angle brackets, backslash and white space. */
const TSQUERY_SYNTAX = String.raw`[''&|!():*<>\\\s]+`

/**
 * A typed word as a tsquery lexeme: normalized, without the characters tsquery reads as
 * syntax (a letter such as ʼ normalizes to an apostrophe, which would make to_tsquery fail
 * the whole statement), NULL when nothing is left (string_agg then leaves it out).
 */
const lexeme = (word: string) =>
  `nullif(regexp_replace(most_normalize(${word}), '${TSQUERY_SYNTAX}', '', 'g'), '')`

/** Every word (a text[] value) as a prefix of a word of the listing: the index-backed match. */
export const prefixMatch = (words: string, test = viaIndex) =>
  test(`to_tsquery('simple', (
    SELECT string_agg(${lexeme('word')} || ':*', ' & ') FROM unnest(${words}::text[]) AS word))`)

/** Spellings a typed word may take: more only widen the match with ever worse ones. */
export const TYPO_SPELLINGS = 6

/**
 * The spellings closest to one typed word (an SQL expression, already normalized) in the
 * vocabulary of the listings' words (search_words: those of titles, places, sectors and
 * summaries; trigram index): up to `limit` words of trigram similarity >= 0.3 (pg_trgm's
 * default similarity_threshold), closest first. A word the vocabulary holds gets them too:
 * a misspelt listing must not hide the right spelling, and they are mostly its other
 * grammatical forms ("vinarija": vinarije, vinariju). Words of one or two letters get none
 * (half the vocabulary looks like them).
 */
const spellingsOf = (typed: string, limit: number) =>
  `SELECT word FROM search_words
   WHERE length(${typed}) >= 3 AND word % ${typed}
   ORDER BY similarity(word, ${typed}) DESC, word
   LIMIT ${limit}`

/**
 * The typed words (a text[] value), normalized once each (not once per vocabulary word
 * looked at): rows of `word`, `ordinal`.
 */
const typedWords = (words: string) =>
  `(SELECT ${lexeme('word')} AS word, ordinal
    FROM unnest(${words}::text[]) WITH ORDINALITY AS typed(word, ordinal)) AS typed`

/**
 * Every word (a text[] value) as typed (a prefix, as in prefixMatch) or as one of its
 * close spellings (whole words: the vocabulary holds their other forms as words of their
 * own): "hladnjca kragujevc" → (hladnjca:* | hladnjaca | hladnjacu | …) & (kragujevc:* |
 * kragujevac | …). The prefix matches and the typo matches, through the search_document
 * index.
 */
export const typoMatch = (words: string, test = viaIndex) =>
  test(`to_tsquery('simple', (
    SELECT string_agg('(' || (
      SELECT string_agg(spelling, ' | ') FROM (
        SELECT typed.word || ':*' AS spelling
        UNION (${spellingsOf('typed.word', TYPO_SPELLINGS)})) AS spellings
      ) || ')', ' & ' ORDER BY typed.ordinal)
    FROM ${typedWords(words)}))`)

/**
 * Any word's closest spelling, as a whole word (the word itself if a listing has it): the
 * typo matches that hold one rank above those found through a farther spelling or a prefix.
 */
const closestSpellings = (words: string) =>
  `to_tsquery('simple', (SELECT string_agg(closest.word, ' | ')
    FROM ${typedWords(words)}
    CROSS JOIN LATERAL (${spellingsOf('typed.word', 1)}) AS closest))`

/** Prefix matches rank by ts_rank, whole words higher. Two placeholders: the words twice (text[]). */
const textRank = (words: [string, string]) =>
  `ts_rank(opportunities.search_document, to_tsquery('simple', (
     SELECT string_agg(${lexeme('word')} || ':*', ' | ') FROM unnest(${words[0]}::text[]) AS word)))
   + ts_rank(opportunities.search_document, to_tsquery('simple', (
     SELECT string_agg(${lexeme('word')}, ' | ') FROM unnest(${words[1]}::text[]) AS word)))`

/**
 * Relevance, best first: prefix matches rank by ts_rank, whole words higher. With typos
 * (typoMatch), the matches as typed come first (there are less than a page of them, or
 * the typo statement would not run; ts_rank stays below 1), then those holding a closest
 * spelling: a typo match pays for one `@@` and one ts_rank, not three ts_rank.
 * Placeholders: the words (text[]) twice, four times with typos.
 */
export const relevanceOrder = (words: [string, string] | [string, string, string, string]) =>
  words.length === 2
    ? `${textRank(words)} DESC`
    : `CASE WHEN ${prefixMatch(words[0])} THEN 1 + ${textRank([words[1], words[2]])}
     ELSE coalesce(ts_rank(opportunities.search_document, ${closestSpellings(words[3])}), 0) END DESC`

/** Featured listings come first whatever the sort (the sort indexes lead with this). */
export const FEATURED_FIRST = '(opportunities.featured_until IS NOT NULL) DESC'

/**
 * One listing by its slug with everything its page shows: sector ids, organisation,
 * incentives and documents as extra columns (ShowOpportunity.find). Placeholder: the slug.
 * Plain text rather than a query builder: building the same statement on every view was
 * a tenth of the detail page's CPU.
 */
export const detailSql = (slug: string) =>
  `SELECT opportunities.*, ${SECTOR_IDS}, ${CARD_ORGANISATION_JSON}, ${INCENTIVES_JSON},
  ${DOCUMENTS_JSON} FROM opportunities WHERE slug = ${slug} LIMIT 1`

/** How far back "similar listings" look: the newest published listings, this many. */
export const SIMILAR_WINDOW = 1000

/**
 * Up to three other published listings in the same municipality or sharing a sector with
 * the listing, newest first (the detail page's "similar"), among the newest SIMILAR_WINDOW
 * published listings. The walk down the newest-first index stops at the third match and
 * never goes past the window, and each row's sectors are checked where it stands (OFFSET 0
 * keeps PostgreSQL from first hashing every listing of the sectors: 103,140 rows, 74 ms at
 * 1,000,000 listings), so the page costs the same at any size; a listing with no neighbour
 * among the newest shows fewer. Placeholders, in the order they appear: the listing's id,
 * its municipality id, its sector ids (int[]).
 */
export const similarSql = (id: string, municipalityId: string, sectorIds: string) =>
  `SELECT opportunities.*, ${SECTOR_IDS}
  FROM (
    SELECT ${CARD_COLUMNS.map((column) => `newest.${column}`).join(', ')}
    FROM opportunities AS newest
    WHERE newest.status = 'published' AND newest.id <> ${id}
    ORDER BY newest.published_at DESC, newest.id DESC
    LIMIT ${SIMILAR_WINDOW}
  ) AS opportunities
  WHERE opportunities.municipality_id = ${municipalityId} OR EXISTS (
    SELECT 1 FROM opportunity_sectors
    WHERE opportunity_sectors.opportunity_id = opportunities.id
      AND opportunity_sectors.sector_id = ANY(${sectorIds}::int[])
    OFFSET 0)
  ORDER BY opportunities.published_at DESC, opportunities.id DESC
  LIMIT 3`
