import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import MeasureResponsiveness from '#actions/organisations/measure_responsiveness'

/**
 * The only writer of organisations.response_*: stores each organisation's current
 * responsiveness (NULL when there is too little to judge), which "recommended" uses as a
 * tie-breaker. Idempotent: each run rewrites every organisation's figures in one transaction.
 */
export default class RefreshResponsiveness {
  async handle({ now = DateTime.now() }: { now?: DateTime } = {}) {
    return db.transaction(async (trx) => {
      const measured = await new MeasureResponsiveness().handle({ now, client: trx })
      const judged = [...measured].filter(([, figures]) => figures.answeredPct !== null)
      await trx
        .from('organisations')
        .whereNotNull('responsiveness_refreshed_at')
        .update({ response_answered_pct: null, response_median_hours: null })
      if (judged.length) {
        await trx.rawQuery(
          `UPDATE organisations o
           SET response_answered_pct = v.pct, response_median_hours = v.hours
           FROM unnest(?::int[], ?::int[], ?::int[]) AS v(id, pct, hours)
           WHERE o.id = v.id`,
          [
            judged.map(([id]) => id),
            judged.map(([, figures]) => figures.answeredPct ?? 0),
            // NULL in the array: answered nothing yet.
            judged.map(([, figures]) => figures.medianHours) as unknown as number[],
          ]
        )
      }
      await trx.from('organisations').update({ responsiveness_refreshed_at: now.toJSDate() })
      return { judged: judged.length }
    })
  }
}
