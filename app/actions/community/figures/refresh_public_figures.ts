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
      const insert = (sql: string) => trx.rawQuery(sql, { now })
      await insert(`
        INSERT INTO figure_summaries ${COLUMNS}
        SELECT 'total', 0, NULL, NULL, NULL, NULL, e.month, ${SUMS}, :now
        FROM (${EVENTS}) e GROUP BY e.month`)
      await insert(`
        INSERT INTO figure_summaries ${COLUMNS}
        SELECT 'country', c.id, c.code, c.name_en, c.name_sr_latn, c.name_sr_cyrl, e.month,
          ${SUMS}, :now
        FROM (${EVENTS}) e
        JOIN opportunities o ON o.id = e.opportunity_id
        JOIN municipalities m ON m.id = o.municipality_id
        JOIN countries c ON c.id = m.country_id
        GROUP BY c.id, e.month`)
      await insert(`
        INSERT INTO figure_summaries ${COLUMNS}
        SELECT 'municipality', m.id, m.slug, m.name_en, m.name_sr_latn, m.name_sr_cyrl, e.month,
          ${SUMS}, :now
        FROM (${EVENTS}) e
        JOIN opportunities o ON o.id = e.opportunity_id
        JOIN municipalities m ON m.id = o.municipality_id
        GROUP BY m.id, e.month`)
      // A listing in two sectors counts in both: sector rows do not add up to the total.
      await insert(`
        INSERT INTO figure_summaries ${COLUMNS}
        SELECT 'sector', s.id, s.slug, s.name_en, s.name_sr_latn, s.name_sr_cyrl, e.month,
          ${SUMS}, :now
        FROM (${EVENTS}) e
        JOIN opportunity_sectors os ON os.opportunity_id = e.opportunity_id
        JOIN sectors s ON s.id = os.sector_id
        GROUP BY s.id, e.month`)
      const result = await trx.rawQuery('SELECT count(*)::int AS count FROM figure_summaries')
      return { rows: result.rows[0].count as number }
    }
    return options.client ? run(options.client) : db.transaction(run)
  }
}
