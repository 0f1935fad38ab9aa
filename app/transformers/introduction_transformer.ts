import type Introduction from '#models/introduction'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An introduction as staff see it on the deal page. */
export default class IntroductionTransformer extends BaseTransformer<Introduction> {
  toObject() {
    return this.pick(this.resource, [
      'id',
      'status',
      'contactName',
      'contactEmail',
      'requestedAt',
      'dueAt',
      'respondedAt',
      'declineReason',
    ])
  }

  /** On the organisation's CRM page: which deal, and how long the partner took to answer. */
  forOrganisation() {
    const introduction = this.resource
    return {
      ...this.toObject(),
      deal: { id: introduction.dealId, title: introduction.deal?.title ?? null },
      responseHours: introduction.respondedAt
        ? Math.round(introduction.respondedAt.diff(introduction.requestedAt, 'hours').hours)
        : null,
    }
  }

  /**
   * The partner's answer page, before they accept: only what identifies no one, the
   * investor's first name and country of residence.
   */
  forPartnerAnswer() {
    const { deal, dueAt } = this.resource
    const country = deal.investor.investorProfile?.residenceCountry
    return {
      titleEn: deal.opportunity?.titleEn ?? deal.title,
      titleSr: deal.opportunity?.titleSr ?? null,
      investorFirstName: deal.investor.fullName.split(' ')[0],
      residenceCountry: country
        ? { nameEn: country.nameEn, nameSrLatn: country.nameSrLatn, nameSrCyrl: country.nameSrCyrl }
        : null,
      amountMinEur: deal.interest?.amountMinEur ?? deal.valueEur,
      amountMaxEur: deal.interest?.amountMaxEur ?? deal.valueEur,
      message: deal.interest?.message ?? null,
      dueAt: dueAt.toISO(),
    }
  }

  /**
   * A partner's inbox: the answer page's summary while it is open; once accepted, also
   * who the investor is (the e-mail shared it then).
   */
  forPartnerInbox() {
    const introduction = this.resource
    const accepted = introduction.status === 'accepted'
    return {
      id: introduction.id,
      status: introduction.status,
      requestedAt: introduction.requestedAt.toISO(),
      respondedAt: introduction.respondedAt?.toISO() ?? null,
      declineReason: introduction.declineReason,
      ...this.forPartnerAnswer(),
      investorName: accepted ? introduction.deal.investor.fullName : null,
      investorEmail: accepted ? introduction.deal.investor.email : null,
    }
  }
}
