import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import Interest from '#models/interest'
import OpenDeal from '#actions/deals/open_deal'
import { nextOwnerId } from '#actions/deals/next_owner'
import LinkUserContact from '#actions/deals/contacts/link_user_contact'
import { INVESTMENTS_PIPELINE } from '#enums/crm'
import { findSourceEventId } from '#actions/community/events/find_source_event'
import DealActivity from '#models/deal_activity'

/**
 * The interest → deal hand-off. The first time, it opens a deal in the first stage of
 * the Investments pipeline and assigns a personal assistant round-robin; later it
 * updates the deal's value and notes the change on the timeline. A new deal is credited
 * to an event the investor attended within ATTRIBUTION_DAYS before the interest. Either way the investor's
 * CRM contact is created or refreshed from the account and linked. Safe to run twice:
 * the deal is unique per interest and each timeline line has a dedupe key.
 */
export default class SyncDealFromInterest {
  async handle({ interestId }: { interestId: number }) {
    return db.transaction(async (trx) => {
      const interest = await Interest.query({ client: trx })
        .where('id', interestId)
        .preload('opportunity')
        .preload('investor')
        .forUpdate()
        .first()
      if (!interest) return null

      let deal = await Deal.query({ client: trx }).where('interestId', interest.id).first()
      const version = interest.updatedAt.toMillis()
      if (!deal) {
        const ownerId = await nextOwnerId(trx)
        // The investor is a CRM contact too; their first assistant becomes the contact's.
        const contact = await new LinkUserContact().handle({
          user: interest.investor,
          ownerId,
          trx,
        })
        deal = await new OpenDeal().handle({
          pipelineSlug: INVESTMENTS_PIPELINE,
          trx,
          fields: {
            investorId: interest.investorId,
            contactId: contact.id,
            opportunityId: interest.opportunityId,
            interestId: interest.id,
            // Interest shown soon after attending an event is credited to that event.
            sourceEventId: await findSourceEventId(trx, {
              contactId: contact.id,
              at: interest.createdAt,
            }),
            ownerId,
            title: `${interest.investor.fullName} · ${interest.opportunity.titleFor('en')}`.slice(
              0,
              200
            ),
            valueEur: interest.amountMaxEur,
          },
        })
      } else {
        // The contact follows the account (name, e-mail), and a deal opened before
        // contacts existed gets its contact now.
        const contact = await new LinkUserContact().handle({
          user: interest.investor,
          ownerId: deal.ownerId,
          trx,
        })
        deal.useTransaction(trx)
        deal.contactId ??= contact.id
        deal.valueEur = interest.amountMaxEur
        await deal.save()
      }

      await DealActivity.record(trx, {
        dealId: deal.id,
        kind: 'interest',
        body: interest.message,
        meta: {
          amountMinEur: interest.amountMinEur,
          amountMaxEur: interest.amountMaxEur,
          contactChannel: interest.contactChannel,
          contactLanguage: interest.contactLanguage,
        },
        dedupeKey: `interest:${interest.id}:${version}`,
        occurredAt: interest.updatedAt,
      })
      return deal
    })
  }
}
