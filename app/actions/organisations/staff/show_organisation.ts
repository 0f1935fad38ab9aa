import db from '@adonisjs/lucid/services/db'
import Organisation from '#models/organisation'
import Opportunity from '#models/opportunity'
import Deal from '#models/deal'
import Introduction from '#models/introduction'
import DealActivity from '#models/deal_activity'
import { responseTimes } from '#actions/deals/introductions/response_times'
import { organisationFigures } from '#actions/organisations/organisation_figures'
import { ORGANISATION_TIMELINE_MAX, ORGANISATION_TIMELINE_STEP } from '#enums/organisation'

/** At most this many deals and introductions are listed; the totals are always shown. */
export const ORGANISATION_DEALS_LIMIT = 200
export const ORGANISATION_INTRODUCTIONS_LIMIT = 100

/**
 * One partner organisation as the CRM sees it: its people, listings, every deal on its
 * listings, the introductions it was asked for with its answer times, and one timeline
 * across those deals. A fixed number of queries, however many deals it has.
 */
export default class ShowOrganisation {
  async handle({
    organisationId,
    timelineLimit = ORGANISATION_TIMELINE_STEP,
  }: {
    organisationId: number
    timelineLimit?: number
  }) {
    const organisation = await Organisation.query()
      .where('id', organisationId)
      .preload('country')
      .preload('municipality')
      // Owners first (the enum's order), then by joining date.
      .preload('members', (members) =>
        members.preload('user').preload('contact').orderBy('role').orderBy('id')
      )
      .preload('contacts', (contacts) => contacts.orderBy('fullName').orderBy('id'))
      .firstOrFail()

    const opportunityIds = db
      .from('opportunities')
      .where('organisation_id', organisation.id)
      .select('id')
    const dealIds = db.from('deals').whereIn('opportunity_id', opportunityIds).select('id')

    const opportunities = await Opportunity.query()
      .where('organisationId', organisation.id)
      .preload('municipality')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
    const deals = await Deal.query()
      .whereIn('opportunityId', opportunityIds)
      .preload('stage')
      .preload('pipeline')
      .preload('owner')
      .preload('investor')
      .preload('contact')
      .preload('opportunity')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(ORGANISATION_DEALS_LIMIT)
    const [{ total: dealsTotal }] = await db
      .from('deals')
      .whereIn('opportunity_id', opportunityIds)
      .count('* as total')
    const introductions = await Introduction.query()
      .where('organisationId', organisation.id)
      .preload('deal')
      .orderBy('requestedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(ORGANISATION_INTRODUCTIONS_LIMIT)
    // One line more than shown tells whether a "more" link is needed.
    const timeline = await DealActivity.query()
      .whereIn('dealId', dealIds)
      .preload('actor')
      .preload('deal')
      .orderBy('occurredAt', 'desc')
      .orderBy('id', 'desc')
      .limit(timelineLimit + 1)

    // Members appear with their CRM contact; the other contacts are listed apart.
    const memberContactIds = new Set(organisation.members.map((member) => member.contact?.id))

    return {
      organisation,
      otherContacts: organisation.contacts.filter((contact) => !memberContactIds.has(contact.id)),
      // By id, as the list computes them (CrmOrganisationTransformer looks them up).
      figures: await organisationFigures([organisation.id]),
      opportunities,
      deals,
      dealsTotal: Number(dealsTotal),
      introductions,
      responseTimes: await responseTimes([organisation.id]),
      timeline: timeline.slice(0, timelineLimit),
      /** How many lines the "more" link asks for; null when all are shown (or the cap is hit). */
      timelineNextLimit:
        timeline.length > timelineLimit && timelineLimit < ORGANISATION_TIMELINE_MAX
          ? Math.min(timelineLimit + ORGANISATION_TIMELINE_STEP, ORGANISATION_TIMELINE_MAX)
          : null,
    }
  }
}
