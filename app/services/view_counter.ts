import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'

/** How long views wait in memory before one UPDATE writes them all. */
const FLUSH_AFTER_MS = 5_000

/**
 * Listing views, counted in memory and written in batches: one UPDATE per detail page
 * view was a write (a new row version, WAL, a row lock that concurrent views of the
 * same listing queue on) on the hottest public page. A crash loses at most a few
 * seconds of views; shutdown writes what is pending.
 */
export default class ViewCounter {
  static #pending = new Map<number, number>()
  static #timer?: NodeJS.Timeout

  static add(opportunityId: number) {
    this.#pending.set(opportunityId, (this.#pending.get(opportunityId) ?? 0) + 1)
    if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), FLUSH_AFTER_MS)
      // Never keep a finished process (a test run, an ace command) alive.
      this.#timer.unref()
    }
  }

  /** Writes the pending views now (also what tests call before reading the counters). */
  static async flush() {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (!this.#pending.size) return
    const ids = [...this.#pending.keys()]
    const counts = [...this.#pending.values()]
    this.#pending.clear()
    try {
      await db.rawQuery(
        `UPDATE opportunities SET views_count = views_count + views.count
         FROM unnest(?::int[], ?::int[]) AS views(id, count)
         WHERE opportunities.id = views.id`,
        [ids, counts]
      )
    } catch (error) {
      // Keep them for the next batch rather than lose them to a passing outage.
      ids.forEach((id, index) =>
        this.#pending.set(id, (this.#pending.get(id) ?? 0) + counts[index])
      )
      logger.warn({ err: error }, 'could not write listing views; retrying with the next batch')
    }
  }
}

// Tests roll their views back with their transactions (and drop the tables before the
// process ends); they call flush() themselves where views matter.
if (!app.inTest) app.terminating(() => ViewCounter.flush())
