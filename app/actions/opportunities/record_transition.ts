import { Exception } from '@adonisjs/core/exceptions'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import OpportunityTransition from '#models/opportunity_transition'
import Opportunity from '#models/opportunity'
import type User from '#models/user'
import { canTransition, type OpportunityStatus } from '#enums/opportunity'
import type { AuditAction } from '#enums/audit'
import audit from '#services/audit'
import { scheduleFiguresRefresh } from '#actions/community/figures/schedule_figures_refresh'

/** Writes who moved the listing from which status to which, when and why. */
export async function recordTransition({
  opportunity,
  from,
  to,
  actor,
  reason,
  trx,
}: {
  opportunity: Opportunity
  from: OpportunityStatus | null
  to: OpportunityStatus
  actor: User | null
  reason?: string | null
  trx: QueryClientContract
}) {
  return OpportunityTransition.create(
    {
      opportunityId: opportunity.id,
      fromStatus: from,
      toStatus: to,
      actorId: actor?.id ?? null,
      reason: reason ?? null,
    },
    { client: trx }
  )
}

/**
 * Moves an opportunity to a new status and records the step, inside the caller's
 * transaction. The row is locked first, so two people acting at once cannot both win.
 */
export async function transitionOpportunity({
  opportunity,
  to,
  actor,
  reason,
  trx,
  apply,
}: {
  opportunity: Opportunity
  to: OpportunityStatus
  actor: User | null
  reason?: string | null
  trx: TransactionClientContract
  apply?: (opportunity: Opportunity) => void
}) {
  const locked = await Opportunity.query({ client: trx })
    .where('id', opportunity.id)
    .forUpdate()
    .firstOrFail()
  const from = locked.status
  if (!canTransition(from, to)) {
    throw new Exception(`An opportunity cannot go from ${from} to ${to}`, {
      status: 409,
      code: 'E_INVALID_TRANSITION',
    })
  }
  opportunity.useTransaction(trx)
  const before = audit.snapshot(locked)
  opportunity.status = to
  apply?.(opportunity)
  await opportunity.save()
  await recordTransition({ opportunity, from, to, actor, reason, trx })
  // Publishing (and every later step) changes what the public figures count.
  if (to !== 'draft' && to !== 'in_review' && to !== 'rejected') await scheduleFiguresRefresh(trx)
  await audit.record(trx, {
    actor,
    action: transitionAction(from, to),
    subject: audit.subject('opportunity', opportunity),
    before,
    after: { ...audit.snapshot(opportunity), reason: reason ?? null },
  })
  return opportunity
}

/** The audit log names the step, not just the status it lands in. */
function transitionAction(from: OpportunityStatus, to: OpportunityStatus): AuditAction {
  if (to === 'published') {
    if (from === 'in_review') return 'opportunity.approved'
    return from === 'paused' ? 'opportunity.resumed' : 'opportunity.reconfirmed'
  }
  const verbs: Record<Exclude<OpportunityStatus, 'published'>, AuditAction> = {
    draft: 'opportunity.updated',
    in_review: 'opportunity.submitted',
    rejected: 'opportunity.rejected',
    paused: 'opportunity.paused',
    closed: 'opportunity.closed',
    funded: 'opportunity.funded',
  }
  return verbs[to]
}
