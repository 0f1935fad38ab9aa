import db from '@adonisjs/lucid/services/db'
import type Organisation from '#models/organisation'

/**
 * What a partner's deals came to, for the partner itself: won deals with the investment,
 * jobs and returnees they brought, and — so an office learns why investors walked away —
 * how many were lost and for which reasons, per year. A municipal office sees every
 * listing in its municipality (whoever listed it); any other partner its own listings.
 * Only sums and counts: never an investor, a deal or a note.
 */
export default class BuildPartnerImpact {
  async handle({ organisation }: { organisation: Organisation }) {
    const byMunicipality =
      organisation.kind === 'municipal_office' && organisation.municipalityId !== null
    const scope = byMunicipality
      ? { sql: 'o.municipality_id = :subject', subject: organisation.municipalityId! }
      : { sql: 'o.organisation_id = :subject', subject: organisation.id }
    const closed = `FROM deals d
      JOIN pipeline_stages s ON s.id = d.stage_id
      JOIN opportunities o ON o.id = d.opportunity_id
      WHERE d.closed_at IS NOT NULL AND ${scope.sql}`

    const years = await db.rawQuery(
      `SELECT extract(year FROM d.closed_at)::int AS year,
         (count(*) FILTER (WHERE s.kind = 'won'))::int AS won,
         coalesce(sum(d.invested_eur) FILTER (WHERE s.kind = 'won'), 0)::bigint AS invested,
         coalesce(sum(d.jobs_created) FILTER (WHERE s.kind = 'won'), 0)::int AS jobs,
         (count(*) FILTER (WHERE s.kind = 'won' AND d.investor_returned))::int AS returnees,
         (count(*) FILTER (WHERE s.kind = 'lost'))::int AS lost
       ${closed} AND s.kind IN ('won', 'lost')
       GROUP BY 1 ORDER BY 1 DESC`,
      { subject: scope.subject }
    )
    const reasons = await db.rawQuery(
      `SELECT r.key, coalesce(r.name, '—') AS name, count(*)::int AS deals
       ${closed.replace('WHERE', 'LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id WHERE')}
         AND s.kind = 'lost'
       GROUP BY r.id ORDER BY deals DESC, name`,
      { subject: scope.subject }
    )
    const rows = (years.rows as Record<string, unknown>[]).map((row) => ({
      year: Number(row.year),
      won: Number(row.won),
      investedEur: Number(row.invested),
      jobsCreated: Number(row.jobs),
      returnees: Number(row.returnees),
      lost: Number(row.lost),
    }))
    const total = (field: Exclude<keyof (typeof rows)[number], 'year'>) =>
      rows.reduce((sum, row) => sum + row[field], 0)
    return {
      scope: byMunicipality ? ('municipality' as const) : ('organisation' as const),
      totals: {
        won: total('won'),
        investedEur: total('investedEur'),
        jobsCreated: total('jobsCreated'),
        returnees: total('returnees'),
        lost: total('lost'),
      },
      byYear: rows,
      lostReasons: (reasons.rows as Record<string, unknown>[]).map((row) => ({
        key: (row.key as string | null) ?? null,
        name: String(row.name),
        deals: Number(row.deals),
      })),
    }
  }
}
