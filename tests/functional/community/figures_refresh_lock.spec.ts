import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'
import { waitFor } from '#tests/helpers/worker_process'

/**
 * Two refreshes at once (two workers, or the hourly job and a seed): the second waits on
 * the advisory lock until the first commits, then recomputes; neither fails and no row is
 * doubled. Real concurrent transactions, so nothing here runs in the global transaction.
 */
test.group('Figures refresh lock', () => {
  test('a second refresh waits on the advisory lock, then replaces the rows once', async ({
    assert,
  }) => {
    const [{ total: before }] = await db.from('figure_summaries').count('* as total')
    const first = await db.transaction()
    try {
      await new RefreshPublicFigures().handle({ client: first })
      const [{ total: inFirst }] = await first.from('figure_summaries').count('* as total')

      // The second runs in its own transaction and connection, while the first is open.
      let secondDone = false
      let activity: unknown[] = []
      let secondError: unknown
      const second = new RefreshPublicFigures()
        .handle()
        .then(() => (secondDone = true))
        .catch((error) => (secondError = error))
      await waitFor(
        async () => {
          // From another connection: inside a transaction pg_stat_activity stays a snapshot.
          const { rows } = await db.rawQuery(
            `select wait_event_type, wait_event, left(query, 80) as query from pg_stat_activity
              where datname = current_database() and query ilike '%figures:refresh%'
                and pid <> pg_backend_pid()`
          )
          activity = rows
          return rows.some(
            (row: { wait_event_type: string; wait_event: string }) =>
              row.wait_event_type === 'Lock' && row.wait_event === 'advisory'
          )
        },
        'the second refresh to wait on the advisory lock',
        10_000,
        () => `${JSON.stringify(activity)} done=${secondDone} error=${String(secondError)}`
      )
      assert.isFalse(secondDone)

      await first.commit()
      await second
      const rows = await db.from('figure_summaries').select('dimension', 'subject_id', 'month')
      assert.lengthOf(rows, Number(inFirst))
      const keys = rows.map((row) => `${row.dimension}:${row.subject_id}:${row.month}`)
      assert.equal(new Set(keys).size, keys.length, 'no row doubled')
    } finally {
      if (!first.isCompleted) await first.rollback()
      // Leave the table as it was found when it was empty (other files refresh it themselves).
      if (Number(before) === 0) await db.from('figure_summaries').delete()
    }
  })
})
