import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/** Listings that were public at some point; drafts, reviews and rejections never were. */
const EVER_PUBLIC = `('published', 'paused', 'closed', 'funded')`

/**
 * One row per thing the figures count (a won deal also brings its recorded impact:
 * amount invested, jobs created, a returnee), with the month it happened and the listing it
 * belongs to (NULL for an inquiry deal, which only counts in the totals).
 */
const EVENTS = `
  SELECT o.id AS opportunity_id, date_trunc('month', o.published_at)::date AS month,
    1 AS published, o.total_size_eur::bigint AS sought, 0 AS interests, 0 AS introductions,
    0 AS won, 0::bigint AS won_value, 0::bigint AS invested, 0 AS jobs, 0 AS returnees
  FROM opportunities o
  WHERE o.published_at IS NOT NULL AND o.status IN ${EVER_PUBLIC}
  UNION ALL
  SELECT i.opportunity_id, date_trunc('month', i.created_at)::date, 0, 0, 1, 0, 0, 0, 0, 0, 0
  FROM interests i
  UNION ALL
  SELECT d.opportunity_id, date_trunc('month', n.requested_at)::date, 0, 0, 0, 1, 0, 0, 0, 0, 0
  FROM introductions n JOIN deals d ON d.id = n.deal_id
  UNION ALL
  SELECT d.opportunity_id, date_trunc('month', d.closed_at)::date, 0, 0, 0, 0, 1, d.value_eur::bigint,
    coalesce(d.invested_eur, 0)::bigint, coalesce(d.jobs_created, 0),
    CASE WHEN d.investor_returned THEN 1 ELSE 0 END
  FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
  WHERE s.kind = 'won' AND d.closed_at IS NOT NULL
`

const SUMS = `sum(e.published)::int,
  sum(e.sought)::bigint, sum(e.interests)::int, sum(e.introductions)::int,
  sum(e.won)::int, sum(e.won_value)::bigint,
  sum(e.invested)::bigint, sum(e.jobs)::int, sum(e.returnees)::int`

const COLUMNS = `(dimension, subject_id, subject_slug, name_en, name_sr_latn, name_sr_cyrl, month,
  opportunities_published, investment_sought_eur, interests, introductions, deals_won,
  won_value_eur, invested_eur, jobs_created, returnees, computed_at)`

const PLACE_JOINS = `JOIN opportunities o ON o.id = e.opportunity_id
  JOIN municipalities m ON m.id = o.municipality_id`

/**
 * One summary row per month and dimension value: its id, slug and name in the three
 * scripts (the grand total has none), and the events joined to that dimension.
 * A listing in two sectors counts in both: sector rows do not add up to the total.
 */
const DIMENSIONS = [
  { dimension: 'total', key: '0, NULL, NULL, NULL, NULL', joins: '', group: '' },
  {
    dimension: 'country',
    key: 'c.id, c.code, c.name_en, c.name_sr_latn, c.name_sr_cyrl',
    joins: `${PLACE_JOINS} JOIN countries c ON c.id = m.country_id`,
    group: 'c.id, ',
  },
  {
    dimension: 'municipality',
    key: 'm.id, m.slug, m.name_en, m.name_sr_latn, m.name_sr_cyrl',
    joins: PLACE_JOINS,
    group: 'm.id, ',
  },
  {
    dimension: 'sector',
    key: 's.id, s.slug, s.name_en, s.name_sr_latn, s.name_sr_cyrl',
    joins: `JOIN opportunity_sectors os ON os.opportunity_id = e.opportunity_id
      JOIN sectors s ON s.id = os.sector_id`,
    group: 's.id, ',
  },
] as const

/**
 * Recomputes the public figures (figure_summaries) from the live tables in one
 * transaction: the page keeps showing the previous figures until the new ones commit,
 * and running it twice gives the same rows.
 */
export default class RefreshPublicFigures {
  async handle(options: { now?: DateTime; client?: TransactionClientContract } = {}) {
    const now = (options.now ?? DateTime.now()).toJSDate()
    const run = async (trx: TransactionClientContract) => {
      // Two workers refreshing at once would collide on the unique key: the second waits.
      await trx.rawQuery("SELECT pg_advisory_xact_lock(hashtext('figures:refresh'))")
      await trx.from('figure_summaries').delete()
      for (const { dimension, key, joins, group } of DIMENSIONS) {
        await trx.rawQuery(
          `INSERT INTO figure_summaries ${COLUMNS}
           SELECT '${dimension}', ${key}, e.month, ${SUMS}, :now
           FROM (${EVENTS}) e ${joins}
           GROUP BY ${group}e.month`,
          { now }
        )
      }
      const result = await trx.rawQuery('SELECT count(*)::int AS count FROM figure_summaries')
      return { rows: result.rows[0].count as number }
    }
    return options.client ? run(options.client) : db.transaction(run)
  }
}
