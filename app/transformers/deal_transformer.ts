import type Deal from '#models/deal'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A deal as staff see it on its page. */
export default class DealTransformer extends BaseTransformer<Deal> {
  toObject() {
    const deal = this.resource
    const profile = deal.investor.investorProfile
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
      ]),
      stage: {
        id: deal.stage.id,
        key: deal.stage.key,
        name: deal.stage.name,
        kind: deal.stage.kind,
      },
      pipeline: { id: deal.pipeline.id, name: deal.pipeline.name, slug: deal.pipeline.slug },
      investor: {
        id: deal.investor.id,
        fullName: deal.investor.fullName,
        email: deal.investor.email,
        residenceCity: profile?.residenceCity ?? null,
        placeOfBirth: profile?.placeOfBirth ?? null,
        occupation: profile?.occupation ?? null,
      },
      owner: deal.owner ? { id: deal.owner.id, fullName: deal.owner.fullName } : null,
      opportunity: deal.opportunity
        ? {
            slug: deal.opportunity.slug,
            titleEn: deal.opportunity.titleEn,
            titleSr: deal.opportunity.titleSr,
            municipality: deal.opportunity.municipality?.nameSrLatn ?? null,
          }
        : null,
      lostReason: deal.lostReason ? { key: deal.lostReason.key, name: deal.lostReason.name } : null,
    }
  }
}
