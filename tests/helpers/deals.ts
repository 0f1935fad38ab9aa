import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import Introduction from '#models/introduction'
import PipelineStage from '#models/pipeline_stage'
import type Organisation from '#models/organisation'
import Interest from '#models/interest'
import ExpressInterest from '#actions/opportunities/express_interest'
import type { InterestData } from '#validators/opportunity'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox } from '#tests/helpers/outbox'

/** A stage of a pipeline (the Investments one unless `pipeline` says otherwise), by key. */
export async function pipelineStage(key: string, pipeline = 'investments') {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', pipeline).select('id'))
    .where('key', key)
    .firstOrFail()
}

type DealDetails = {
  valueEur?: number
  investorId?: number
  opportunityId?: number
  closedAt?: DateTime
}

/** A deal that has just entered `stage`, for a new investor unless `more` names one. */
export async function dealInStage(
  stage: PipelineStage,
  ownerId: number | null,
  title: string,
  more: DealDetails = {}
) {
  return Deal.create({
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    ownerId,
    title,
    valueEur: 100_000,
    stageEnteredAt: DateTime.now(),
    ...more,
    investorId: more.investorId ?? (await UserFactory.create()).id,
  })
}

/** An open deal in the Investments pipeline's first stage ("new"). */
export async function openDeal(ownerId: number | null, title: string, more: DealDetails = {}) {
  return dealInStage(await pipelineStage('new'), ownerId, title, more)
}

/** A deal won in the Investments pipeline, closed just now. */
export async function wonDeal(ownerId: number | null, title: string, more: DealDetails = {}) {
  const won = await PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('kind', 'won')
    .firstOrFail()
  return dealInStage(won, ownerId, title, { closedAt: DateTime.now(), ...more })
}

/** A deal in the investments pipeline's first stage, with an investor and a staff owner. */
export async function dealWithOwner() {
  const owner = await UserFactory.apply('staff').create()
  const investor = await UserFactory.create()
  const deal = await openDeal(owner.id, 'Cold storage in Pirot', {
    valueEur: 150_000,
    investorId: investor.id,
  })
  return { owner, investor, deal }
}

/**
 * The introduction of `deal` to `organisation`, requested at `requestedAt` (due a week
 * later) and accepted `hours` after it, or not answered yet when `hours` is null.
 */
export function introductionAnsweredAfter(
  organisation: Organisation,
  deal: Deal,
  hours: number | null,
  requestedAt: DateTime
) {
  return Introduction.create({
    dealId: deal.id,
    organisationId: organisation.id,
    contactName: 'Dragana Ilić',
    contactEmail: 'contact@example.rs',
    status: hours === null ? 'requested' : 'accepted',
    requestedAt,
    dueAt: requestedAt.plus({ days: 7 }),
    respondedAt: hours === null ? null : requestedAt.plus({ hours }),
  })
}

/**
 * Snežana Popović's interest (`form`) in a new partner's listing (`listing` on top of the
 * factory's), turned into a deal by the outbox, with a staff member there to own it.
 */
export async function dealFromSnezanasInterest(
  listing: Parameters<typeof createOpportunity>[1],
  form: InterestData
) {
  const staff = await UserFactory.apply('staff').create()
  const investor = await UserFactory.merge({ fullName: 'Snežana Popović' }).create()
  const { user: partner, organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation, listing)
  await new ExpressInterest().handle({ opportunity, investor, data: form })
  await drainOutbox()
  const interest = await Interest.findByOrFail('investorId', investor.id)
  const deal = await Deal.findByOrFail('interestId', interest.id)
  return { staff, investor, partner, organisation, opportunity, deal }
}
