import type { ApiClient } from '@japa/api-client'
import Deal from '#models/deal'
import Interest from '#models/interest'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import type { InterestData } from '#validators/opportunity'
import ExpressInterest from '#actions/opportunities/express_interest'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { submitAs, type SendOptions } from '#tests/helpers/requests'

/** A valid interest form, as an investor sends it from a listing's page. */
export const interestForm: InterestData = {
  amountMinEur: 50_000,
  amountMaxEur: 90_000,
  contactChannel: 'phone',
  contactLanguage: 'en',
  consentToShareContact: true,
}

/** A larger interest, to be answered by e-mail in Serbian. */
export const serbianEmailInterest: InterestData = {
  ...interestForm,
  amountMinEur: 100_000,
  amountMaxEur: 200_000,
  contactChannel: 'email',
  contactLanguage: 'sr',
}

/**
 * The set-up most marketplace tests start from: an approved partner organisation with one
 * listing (published unless `listing` says otherwise) and an investor who may engage with it.
 */
export async function listingAndInvestor(listing: Parameters<typeof createOpportunity>[1] = {}) {
  const investor = await UserFactory.create()
  const { user: partner, organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation, listing)
  return { investor, partner, organisation, opportunity }
}

/** The listing the search journeys look for: a new partner's cold storage in Pirot. */
export async function pirotColdStorage() {
  const { organisation } = await createPartner()
  return createOpportunity(organisation, {
    titleEn: 'Cold storage for berries in Pirot',
    municipality: 'pirot',
  })
}

/**
 * A published listing of a new partner's, with a staff member in place: the CRM hands every
 * interest or inquiry to a staff owner, and refuses to without one.
 */
export async function listingWithStaff() {
  await UserFactory.apply('staff').create()
  const { organisation } = await createPartner()
  return createOpportunity(organisation)
}

/** The investor's interest in a listing (`interestForm` unless `options.json` says otherwise). */
export function expressInterest(
  client: ApiClient,
  investor: User,
  opportunity: { slug: string },
  options: SendOptions = {}
) {
  return submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/interest`, {
    json: interestForm,
    ...options,
  })
}

/** The CRM's hand-off job for the investor's newest interest: the interest and its deal. */
async function handOff(investor: User) {
  const interest = await Interest.query()
    .where('investorId', investor.id)
    .orderBy('id', 'desc')
    .firstOrFail()
  await new SyncDealFromInterest().handle({ interestId: interest.id })
  return { interest, deal: await Deal.findByOrFail('interestId', interest.id) }
}

/** An interest sent over HTTP (`interestForm` with `form` on top), then the hand-off job. */
export async function interestAndDeal(
  client: ApiClient,
  investor: User,
  opportunity: { slug: string },
  form: Partial<InterestData> = {}
) {
  await expressInterest(client, investor, opportunity, { json: { ...interestForm, ...form } })
  return handOff(investor)
}

/** The same without HTTP, through the action the form calls (browser tests, fixtures). */
export async function dealFromInterest(
  investor: User,
  opportunity: Opportunity,
  data: Partial<InterestData> = {}
) {
  await new ExpressInterest().handle({ opportunity, investor, data: { ...interestForm, ...data } })
  return handOff(investor)
}
