import { loadavg } from 'node:os'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Measures the match score the README quotes: one listing against every investor (the
 * query of the alert job and of the staff "best-matching investors" page) and one
 * investor against every published listing (the dashboard's "Recommended for you").
 * Tops the database up to `--investors` synthetic investors with profiles, preferred
 * sectors and places, home towns, tickets and languages (e-mails at
 * `@match.bench.most.test`, kept for the next run; `--remove` deletes them), then times
 * each query `--runs` times through ScoreMatches itself. Run it on the benchmark database
 * (`npm run bench` fills `most_bench` with 100,000 listings):
 * `DB_DATABASE=most_bench node ace bench:matching [--investors 20000] [--json]`
 */
export default class BenchMatching extends BaseCommand {
  static commandName = 'bench:matching'
  static description = 'Measure the match score: one listing against every investor, and back'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Synthetic investors with profiles to score', default: 20_000 })
  declare investors: number

  @flags.number({ description: 'Timed runs of each query', default: 5 })
  declare runs: number

  @flags.boolean({ description: 'Delete the synthetic investors and stop' })
  declare remove: boolean

  @flags.boolean({ description: 'Print the result as JSON' })
  declare json: boolean

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: ScoreMatches } = await import('#actions/investors/matching/score_matches')
    const { ALERT_MAX_SCORED_RECIPIENTS, ALERT_MIN_SCORE } = await import('#enums/matching')
    const domain = '@match.bench.most.test'

    if (this.remove) {
      const removed = await db.from('users').whereLike('email', `%${domain}`).delete()
      this.logger.info(`removed ${removed} synthetic investors`)
      return
    }
    if (!Number.isInteger(this.investors) || this.investors < 1 || this.investors > 500_000) {
      this.logger.error('--investors must be 1–500,000')
      this.exitCode = 1
      return
    }
    const listing = await db
      .from('opportunities')
      .where('status', 'published')
      .orderBy('id', 'desc')
      .first()
    if (!listing) {
      this.logger.error('No published listing: seed or run opportunities:generate first')
      this.exitCode = 1
      return
    }

    const [{ count: present }] = await db
      .from('users')
      .whereLike('email', `%${domain}`)
      .count('* as count')
    const missing = this.investors - Number(present)
    if (missing > 0) await this.addInvestors(db, missing, domain)

    const scoring = new ScoreMatches()
    const [investor] = await db
      .from('users')
      .whereLike('email', `%${domain}`)
      .orderBy('id')
      .limit(1)
      .select('id')
    const timings = {
      // The alert job: investors who agreed to e-mail, scoring at least ALERT_MIN_SCORE.
      listingAgainstInvestors: await this.time(() =>
        scoring.forOpportunity(listing.id, {
          minScore: ALERT_MIN_SCORE,
          consentedOnly: true,
          limit: ALERT_MAX_SCORED_RECIPIENTS,
        })
      ),
      // The staff page: the 20 best-matching investors, whatever their consent.
      listingTopInvestors: await this.time(() => scoring.forOpportunity(listing.id, { limit: 20 })),
      // The dashboard: the 20 listings one investor fits best.
      investorAgainstListings: await this.time(() => scoring.forInvestor(investor.id)),
    }
    const [{ count: investors }] = await db
      .from('investor_profiles')
      .join('users', 'users.id', 'investor_profiles.user_id')
      .where('users.role', 'investor')
      .count('* as count')
    const [{ count: listings }] = await db
      .from('opportunities')
      .where('status', 'published')
      .count('* as count')
    const result = {
      measuredAt: new Date().toISOString(),
      // The machine's load when measured: on a shared host the times grow with it.
      loadAverage: loadavg()[0].toFixed(1),
      investorsWithProfiles: Number(investors),
      publishedListings: Number(listings),
      runs: this.runs,
      ...timings,
    }
    if (this.json) {
      console.log(JSON.stringify(result))
      return
    }
    const line = (label: string, t: { median: number; min: number; max: number; rows: number }) =>
      this.logger.info(
        `${label}: median ${t.median} ms (${t.min}–${t.max} ms over ${this.runs} runs), ${t.rows} rows`
      )
    this.logger.info(
      `${result.measuredAt} (load ${result.loadAverage}): ${result.investorsWithProfiles.toLocaleString('en')} investors with profiles, ${result.publishedListings.toLocaleString('en')} published listings`
    )
    line('one listing against every investor (alert job)', timings.listingAgainstInvestors)
    line('one listing, 20 best investors (staff page)', timings.listingTopInvestors)
    line('one investor against every listing (dashboard)', timings.investorAgainstListings)
  }

  /** Runs `work` `--runs` times after one warm-up; milliseconds, rounded to 0.1. */
  private async time(work: () => Promise<unknown[]>) {
    const rows = (await work()).length
    const samples: number[] = []
    for (let run = 0; run < this.runs; run++) {
      const started = performance.now()
      await work()
      samples.push(performance.now() - started)
    }
    samples.sort((a, b) => a - b)
    const round = (ms: number) => Math.round(ms * 10) / 10
    return {
      median: round(samples[Math.floor(samples.length / 2)]),
      min: round(samples[0]),
      max: round(samples[samples.length - 1]),
      rows,
    }
  }

  /**
   * Investors built inside PostgreSQL: a residence abroad, a home town from the
   * municipality list for one in three (written in Latin or Cyrillic), one to three
   * sectors, one or two places, a ticket range, languages, and marketing consent for half.
   */
  private async addInvestors(
    db: (typeof import('@adonisjs/lucid/services/db'))['default'],
    count: number,
    domain: string
  ) {
    const started = Date.now()
    const run = Date.now().toString(36)
    await db.transaction(async (trx) => {
      await trx.rawQuery(
        `WITH new_users AS (
           INSERT INTO users (full_name, email, password, role, locale, email_verified_at,
                              marketing_opt_in, marketing_opt_in_at, created_at, updated_at)
           SELECT 'Match bench ' || n, 'investor-' || ? || '-' || n || ?,
                  '$scrypt$n=16384,r=8,p=1$bm90LWEtcGFzc3dvcmQ$bm90LWEtaGFzaA', 'investor',
                  'en', now(), n % 2 = 0, CASE WHEN n % 2 = 0 THEN now() END, now(), now()
           FROM generate_series(1, ?::int) AS n
           RETURNING id
         ), places AS (
           SELECT array_agg(name_en ORDER BY id) AS latin, array_agg(name_sr_cyrl ORDER BY id) AS cyrillic
           FROM municipalities
         )
         INSERT INTO investor_profiles (user_id, residence_country_id, residence_city, place_of_birth,
                                        languages, ticket_min_eur, ticket_max_eur,
                                        recommendation_frequency, created_at, updated_at)
         SELECT u.id, (SELECT id FROM countries ORDER BY id LIMIT 1 OFFSET u.id % 5), 'Munich',
                CASE u.id % 6
                  WHEN 0 THEN places.latin[1 + u.id % array_length(places.latin, 1)]
                  WHEN 3 THEN places.cyrillic[1 + u.id % array_length(places.cyrillic, 1)]
                END,
                CASE u.id % 3 WHEN 0 THEN '{sr,en}'::text[] WHEN 1 THEN '{de,sr}'::text[] ELSE '{en}'::text[] END,
                50000 * (1 + u.id % 10), 50000 * (1 + u.id % 10) + 500000,
                'instant', now(), now()
         FROM new_users u, places`,
        [run, domain, count]
      )
      const profiles = trx
        .from('investor_profiles')
        .join('users', 'users.id', 'investor_profiles.user_id')
        .whereLike('users.email', `investor-${run}-%`)
        .select('investor_profiles.id')
      await trx.rawQuery(
        `INSERT INTO investor_preferred_sectors (investor_profile_id, sector_id)
         SELECT p.id, s.ids[1 + (p.id * k) % array_length(s.ids, 1)]
         FROM (${profiles.toQuery()}) p,
              (SELECT array_agg(id ORDER BY id) AS ids FROM sectors) s,
              generate_series(1, 1 + p.id % 3) AS k
         ON CONFLICT DO NOTHING`
      )
      await trx.rawQuery(
        `INSERT INTO investor_preferred_municipalities (investor_profile_id, municipality_id)
         SELECT p.id, m.ids[1 + (p.id * 7 * k) % array_length(m.ids, 1)]
         FROM (${profiles.toQuery()}) p,
              (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities) m,
              generate_series(1, 1 + p.id % 2) AS k
         ON CONFLICT DO NOTHING`
      )
    })
    this.logger.info(`added ${count} synthetic investors in ${Date.now() - started} ms`)
  }
}
