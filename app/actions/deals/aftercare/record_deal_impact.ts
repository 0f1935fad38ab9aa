import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Deal from '#models/deal'
import type User from '#models/user'
import audit from '#services/audit'
import DealActivity from '#models/deal_activity'

export interface ImpactData {
  investedEur: number
  jobsCreated: number
  investorReturned: boolean
}

/**
 * Records what a won deal achieved: the amount invested, jobs created and whether the
 * investor came back to live in Serbia. Corrections overwrite; each entry is on the timeline.
 */
export default class RecordDealImpact {
  async handle({ deal, data, actor }: { deal: Deal; data: ImpactData; actor: User }) {
    return db.transaction(async (trx) => {
      const now = DateTime.now()
      deal.useTransaction(trx)
      const before = audit.snapshot(deal)
      deal.merge({ ...data, impactRecordedAt: now })
      await audit.saveAndRecord(trx, deal, {
        actor,
        action: 'deal.impact_recorded',
        type: 'deal',
        before,
      })
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'aftercare',
        meta: { impact: data },
        actorId: actor.id,
        occurredAt: now,
        createdAt: now,
      })
      return deal
    })
  }
}
