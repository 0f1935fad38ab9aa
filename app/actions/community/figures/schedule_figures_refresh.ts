import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { enqueue } from '#services/outbox'

/** How long changes are gathered before the figures are recomputed once for all of them. */
export const FIGURES_REFRESH_WINDOW_MS = 30_000

/**
 * Something the public figures count changed (a listing published, an interest, an
 * introduction, a deal won): queue one refresh, in the caller's transaction, at the end of
 * the current 30-second window. Every change in the same window shares the job (one outbox
 * key per window), so a busy minute costs two recomputations and /figures is never more
 * than about a minute behind. The hourly run stays as the safety net.
 */
export async function scheduleFiguresRefresh(trx: QueryClientContract, now = Date.now()) {
  const window = Math.floor(now / FIGURES_REFRESH_WINDOW_MS)
  await enqueue(
    trx,
    'figures:refresh',
    {},
    {
      key: `figures:refresh:${window}`,
      delayMs: (window + 1) * FIGURES_REFRESH_WINDOW_MS - now,
    }
  )
}
