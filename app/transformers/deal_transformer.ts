import type Deal from '#models/deal'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A deal as staff see it on its page. */
export default class DealTransformer extends BaseTransformer<Deal> {
  toObject() {
    const deal = this.resource
    // An inquiry deal has a contact and possibly no investor account.
    const investor = deal.investor ?? null
    const profile = investor?.investorProfile
    const contact = deal.contact ?? null
    return {
      ...this.pick(deal, [
        'id',
        'title',
        'valueEur',
        'lockVersion',
        'stageId',
        'stageEnteredAt',
        'staleSince',
        'closedAt',
        'lostNote',
        'createdAt',
        'investedEur',
        'jobsCreated',
        'investorReturned',
        'impactRecordedAt',
      ]),
      sourceEvent: deal.sourceEvent
        ? { id: deal.sourceEvent.id, name: deal.sourceEvent.name, city: deal.sourceEvent.city }
        : null,
      stage: {
        id: deal.stage.id,
        key: deal.stage.key,
        name: deal.stage.name,
        customName: deal.stage.customName,
        kind: deal.stage.kind,
      },
      pipeline: { id: deal.pipeline.id, name: deal.pipeline.name, slug: deal.pipeline.slug },
      investor: investor
        ? {
            id: investor.id,
            fullName: investor.fullName,
            email: investor.email,
            residenceCity: profile?.residenceCity ?? null,
            placeOfBirth: profile?.placeOfBirth ?? null,
            occupation: profile?.occupation ?? null,
          }
        : null,
      contact: contact
        ? {
            id: contact.id,
            fullName: contact.fullName,
            email: contact.email,
            placeOfResidence: contact.placeOfResidence,
            placeOfBirth: contact.placeOfBirth,
          }
        : null,
      owner: deal.owner ? { id: deal.owner.id, fullName: deal.owner.fullName } : null,
      opportunity: deal.opportunity
        ? {
            id: deal.opportunity.id,
            slug: deal.opportunity.slug,
            titleEn: deal.opportunity.titleEn,
            titleSr: deal.opportunity.titleSr,
            municipality: deal.opportunity.municipality?.nameSrLatn ?? null,
            organisation: deal.opportunity.organisation
              ? { id: deal.opportunity.organisation.id, name: deal.opportunity.organisation.name }
              : null,
          }
        : null,
      lostReason: deal.lostReason ? { key: deal.lostReason.key, name: deal.lostReason.name } : null,
    }
  }

  /** A line of a person's deals on their CRM contact page. */
  forContact() {
    const deal = this.resource
    return {
      id: deal.id,
      title: deal.title,
      valueEur: deal.valueEur,
      closedAt: deal.closedAt?.toISO() ?? null,
      pipeline: deal.pipeline.name,
      stage: { key: deal.stage.key, name: deal.stage.name, customName: deal.stage.customName },
      owner: deal.owner ? { id: deal.owner.id, fullName: deal.owner.fullName } : null,
    }
  }

  /** A deal an unmatched e-mail may be filed on (the received-mail page). */
  forMailFiling() {
    const deal = this.resource
    return {
      id: deal.id,
      title: deal.title,
      closedAt: deal.closedAt?.toISO() ?? null,
      stage: { key: deal.stage.key, name: deal.stage.name, customName: deal.stage.customName },
      owner: deal.owner ? { id: deal.owner.id, fullName: deal.owner.fullName } : null,
    }
  }

  /** A deal credited to an event, on the staff event page. */
  forEvent() {
    const deal = this.resource
    return {
      ...this.pick(deal, ['id', 'title', 'contactId', 'valueEur', 'investedEur']),
      stage: { key: deal.stage.key, name: deal.stage.name, kind: deal.stage.kind },
    }
  }
}
