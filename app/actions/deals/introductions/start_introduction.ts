import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import Introduction from '#models/introduction'
import Organisation from '#models/organisation'
import type Deal from '#models/deal'
import type User from '#models/user'
import { addBusinessDays } from '#services/business_days'
import { enqueue, queueMail } from '#services/outbox'
import audit from '#services/audit'
import DealActivity from '#models/deal_activity'
import { scheduleFiguresRefresh } from '#actions/community/figures/schedule_figures_refresh'

/**
 * Staff ask the listing's partner to meet the investor. The partner's contact gets
 * signed accept/decline links and `response_days` business days to answer; a reminder
 * goes out the day before the deadline and the owner is alerted after it.
 */
export default class StartIntroduction {
  async handle({ deal, actor }: { deal: Deal; actor: User }) {
    await deal.load('opportunity')
    const opportunity = deal.opportunity
    if (!opportunity) {
      throw new Exception('This deal has no listing, so there is no partner to introduce.', {
        status: 422,
        code: 'E_NO_PARTNER',
      })
    }
    // Introductions share the investor's account details; an inquirer without one has none.
    if (!deal.investorId) {
      throw new Exception('This deal has no investor account to introduce.', {
        status: 422,
        code: 'E_NO_INVESTOR',
      })
    }
    return db.transaction(async (trx) => {
      const open = await Introduction.query({ client: trx })
        .where({ dealId: deal.id, status: 'requested' })
        .first()
      if (open) return open

      const organisation = await Organisation.findOrFail(opportunity.organisationId, {
        client: trx,
      })
      const now = DateTime.now()
      const dueAt = addBusinessDays(now, organisation.responseDays)
      const introduction = await Introduction.create(
        {
          dealId: deal.id,
          organisationId: organisation.id,
          contactName: opportunity.contactName,
          contactEmail: opportunity.contactEmail,
          requestedById: actor.id,
          requestedAt: now,
          dueAt,
        },
        { client: trx }
      )
      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'introduction',
        actorId: actor.id,
        body: `${opportunity.contactName} <${opportunity.contactEmail}>`,
        meta: { introductionId: introduction.id, status: 'requested' },
        occurredAt: now,
        createdAt: now,
      })
      await audit.record(trx, {
        actor,
        action: 'introduction.started',
        subject: audit.subject('introduction', introduction),
        after: {
          dealId: deal.id,
          organisationId: organisation.id,
          contactName: introduction.contactName,
          contactEmail: introduction.contactEmail,
          dueAt: introduction.dueAt,
        },
      })
      await scheduleFiguresRefresh(trx)
      await queueMail(
        trx,
        'introduction_request',
        { introductionId: introduction.id },
        {
          key: `introduction:${introduction.id}:request`,
          dealId: deal.id,
        }
      )
      const reminderAt = dueAt.minus({ days: 1 })
      await enqueue(
        trx,
        'introductions:check-response',
        { introductionId: introduction.id, phase: 'reminder' },
        {
          key: `introduction:${introduction.id}:reminder`,
          delayMs: Math.max(0, reminderAt.diff(now).toMillis()),
        }
      )
      await enqueue(
        trx,
        'introductions:check-response',
        { introductionId: introduction.id, phase: 'overdue' },
        {
          key: `introduction:${introduction.id}:overdue`,
          delayMs: Math.max(0, dueAt.diff(now).toMillis()),
        }
      )
      return introduction
    })
  }
}
