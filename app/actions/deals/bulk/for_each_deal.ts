import Deal from '#models/deal'
import { errors as vineErrors } from '@vinejs/vine'
import { Exception } from '@adonisjs/core/exceptions'

export type BulkFailure =
  'not_found' | 'forbidden' | 'closed' | 'conflict' | 'other_pipeline' | 'lost_reason' | 'invalid'

export type BulkOutcome =
  | { dealId: number; title: string | null; ok: true }
  | { dealId: number; title: string | null; ok: false; error: BulkFailure }

/** Whether the actor may do this to one deal: yes, or the refusal to report. */
export type DealCheck = (deal: Deal) => Promise<true | { error: BulkFailure }>

/**
 * Runs one change on each deal by itself, so one refused or failed deal does not stop
 * (or undo) the others: each deal is checked, then changed in its own transaction by
 * the action that owns that change, and reported as done or as why not.
 */
export async function forEachDeal(
  dealIds: number[],
  check: DealCheck,
  change: (deal: Deal) => Promise<unknown>
) {
  const ids = [...new Set(dealIds)]
  const deals = await Deal.query().whereIn('id', ids)
  const byId = new Map(deals.map((deal) => [deal.id, deal]))
  const outcomes: BulkOutcome[] = []
  for (const dealId of ids) {
    const deal = byId.get(dealId)
    if (!deal) {
      outcomes.push({ dealId, title: null, ok: false, error: 'not_found' })
      continue
    }
    const allowed = await check(deal)
    if (allowed !== true) {
      outcomes.push({ dealId, title: deal.title, ok: false, ...allowed })
      continue
    }
    try {
      await change(deal)
      outcomes.push({ dealId, title: deal.title, ok: true })
    } catch (error) {
      outcomes.push({ dealId, title: deal.title, ok: false, ...failure(error) })
    }
  }
  return {
    outcomes,
    done: outcomes.filter((outcome) => outcome.ok).length,
    failed: outcomes.filter((outcome) => !outcome.ok).length,
  }
}

/** What a per-deal error means for the report; anything unexpected is not swallowed. */
function failure(error: unknown): { error: BulkFailure } {
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const [first] = error.messages as { field: string }[]
    if (first?.field === 'stageId') return { error: 'other_pipeline' }
    if (first?.field === 'lostReasonId') return { error: 'lost_reason' }
    return { error: 'invalid' }
  }
  if (error instanceof Exception && error.code === 'E_DEAL_MOVED') return { error: 'conflict' }
  if (error instanceof Exception && error.status === 404) return { error: 'not_found' }
  throw error
}
