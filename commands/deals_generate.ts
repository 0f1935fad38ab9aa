import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Fills the database with synthetic investors, interests and open deals with timelines
 * for benchmarks (e.g. `node ace deals:generate --interests 200000 --deals 5000`), on
 * top of `opportunities:generate`. Rows are built inside PostgreSQL, so 200,000
 * interests take seconds. Synthetic investors have e-mails at `@bench.most.test` and
 * cannot log in (their password hash matches no password).
 */
export default class DealsGenerate extends BaseCommand {
  static commandName = 'deals:generate'
  static description = 'Generate synthetic interests and open deals with timelines (benchmarks)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'How many interests to create', default: 10000 })
  declare interests: number

  @flags.number({ description: 'How many of them become open deals', default: 5000 })
  declare deals: number

  @flags.number({ description: 'Interests per synthetic investor', default: 20 })
  declare perInvestor: number

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const valid = (value: number, max: number) =>
      Number.isInteger(value) && value >= 0 && value <= max
    if (!valid(this.interests, 2_000_000) || !valid(this.deals, this.interests)) {
      this.logger.error('--interests must be 0–2,000,000 and --deals at most --interests')
      this.exitCode = 1
      return
    }
    const [{ count: published }] = await db
      .from('opportunities')
      .where('status', 'published')
      .count('* as count')
    const staff = await db.from('users').where('role', 'staff').select('id').orderBy('id')
    const pipeline = await db.from('pipelines').where('slug', 'investments').first()
    if (Number(published) < this.perInvestor || !staff.length || !pipeline) {
      this.logger.error('Needs published opportunities, staff and pipelines: seed first')
      this.exitCode = 1
      return
    }

    const started = Date.now()
    const investorCount = Math.ceil(this.interests / this.perInvestor)
    const run = Date.now().toString(36)
    await db.transaction(async (trx) => {
      const investors = await trx.rawQuery(
        `INSERT INTO users (full_name, email, password, role, locale, email_verified_at, created_at, updated_at)
         SELECT (ARRAY['Ana','Marko','Jelena','Nikola','Milica','Stefan','Ivana','Luka'])[1 + n % 8] || ' ' ||
                (ARRAY['Petrović','Jovanović','Nikolić','Marković','Đorđević','Stojanović','Ilić'])[1 + n % 7],
                'investor-' || ? || '-' || n || '@bench.most.test',
                '$scrypt$n=16384,r=8,p=1$bm90LWEtcGFzc3dvcmQ$bm90LWEtaGFzaA', 'investor',
                CASE WHEN n % 3 = 0 THEN 'en' ELSE 'sr-Latn' END, now(), now(), now()
         FROM generate_series(1, ?::int) AS n
         RETURNING id`,
        [run, investorCount]
      )
      const investorIds: number[] = investors.rows.map((row: { id: number }) => row.id)

      // Investor i takes `perInvestor` consecutive published opportunities from a
      // random starting point: pairs are unique, interests spread over all listings.
      const interests = await trx.rawQuery(
        `WITH listings AS MATERIALIZED (
           -- numbered, then joined by number: indexing one array of every id copied the
           -- whole array per pair (minutes for 1,000,000 listings)
           SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS position
           FROM opportunities WHERE status = 'published'
         ), total AS (SELECT count(*)::int AS n FROM listings), wanted AS MATERIALIZED (
           SELECT investor.id AS investor_id, investor.ordinal, k,
                  ((investor.ordinal * 7919 + k) % total.n)::int AS position
           FROM unnest(?::int[]) WITH ORDINALITY AS investor(id, ordinal), total,
                generate_series(0, ? - 1) AS k
         ), pairs AS (
           SELECT wanted.investor_id, wanted.ordinal, wanted.k, listings.id AS opportunity_id
           FROM wanted JOIN listings USING (position)
         )
         INSERT INTO interests (opportunity_id, investor_id, amount_min_eur, amount_max_eur, message,
           contact_channel, contact_language, consent_given_at, status, created_at, updated_at)
         SELECT opportunity_id, investor_id, 50000 + (ordinal % 20) * 10000, 100000 + (ordinal % 40) * 25000,
                'Synthetic interest for benchmarks.', 'email', 'sr',
                now() - (k % 60) * interval '1 day', 'in_progress',
                now() - (k % 60) * interval '1 day', now()
         FROM pairs
         ORDER BY ordinal, k
         LIMIT ?
         ON CONFLICT (investor_id, opportunity_id) DO NOTHING
         RETURNING id`,
        [investorIds, this.perInvestor, this.interests]
      )
      const interestIds: number[] = interests.rows
        .map((row: { id: number }) => row.id)
        .slice(0, this.deals)

      // Open deals over the open stages, owners in turn, some of them stale.
      await trx.rawQuery(
        `WITH stages AS (
           SELECT array_agg(id ORDER BY position) AS ids FROM pipeline_stages
           WHERE pipeline_id = ? AND kind = 'open'
         ), owners AS (SELECT ?::int[] AS ids), picked AS (
           SELECT interests.*, ordinal FROM unnest(?::int[]) WITH ORDINALITY AS chosen(id, ordinal)
           JOIN interests ON interests.id = chosen.id
         ), inserted AS (
           INSERT INTO deals (pipeline_id, stage_id, investor_id, opportunity_id, interest_id, owner_id,
             title, value_eur, lock_version, stage_entered_at, stale_since, created_at, updated_at)
           SELECT ?, stages.ids[1 + (ordinal % array_length(stages.ids, 1))], picked.investor_id,
                  picked.opportunity_id, picked.id, owners.ids[1 + (ordinal % array_length(owners.ids, 1))],
                  left(opportunities.title_en, 200), picked.amount_max_eur, 0,
                  now() - (ordinal % 45) * interval '1 day',
                  CASE WHEN ordinal % 9 = 0 THEN now() - interval '1 day' END,
                  picked.created_at, now()
           FROM picked JOIN opportunities ON opportunities.id = picked.opportunity_id, stages, owners
           RETURNING id, stage_id, stage_entered_at, created_at
         ), history AS (
           INSERT INTO deal_stage_history (deal_id, stage_id, entered_at)
           SELECT id, stage_id, stage_entered_at FROM inserted
         )
         INSERT INTO deal_activities (deal_id, kind, body, occurred_at, created_at)
         SELECT inserted.id, entry.kind::deal_activity_kind, entry.body, inserted.created_at + entry.offset_, now()
         FROM inserted, (VALUES
           ('interest', 'Interest received.', interval '0'),
           ('email', 'Your interest was received → investor', interval '1 minute'),
           ('note', 'Called the investor; wants to visit in spring.', interval '2 days'),
           ('stage_change', 'Moved on.', interval '3 days')
         ) AS entry(kind, body, offset_)`,
        [pipeline.id, staff.map((row) => row.id), interestIds, pipeline.id]
      )
    })
    await db.rawQuery('ANALYZE users, interests, deals, deal_stage_history, deal_activities')
    this.logger.success(
      `${investorCount} investors, ${this.interests} interests (duplicates skipped), ${this.deals} open deals in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  }
}
