import type Opportunity from '#models/opportunity'
import { BaseTransformer } from '@adonisjs/core/transformers'
import MunicipalityTransformer from '#transformers/municipality_transformer'
import SectorTransformer from '#transformers/sector_transformer'
import OpportunityIncentiveTransformer from '#transformers/opportunity_incentive_transformer'
import OpportunityDocumentTransformer from '#transformers/opportunity_document_transformer'

/**
 * A listing as investors (pages and the public API) see it. The card is what lists
 * and maps need; the detail adds the full text, incentives, site and documents.
 */
export default class OpportunityTransformer extends BaseTransformer<Opportunity> {
  toObject() {
    const organisation = this.resource.$preloaded.organisation as Opportunity['organisation']
    return {
      ...this.pick(this.resource, [
        'id',
        'slug',
        'status',
        'titleEn',
        'titleSr',
        'summaryEn',
        'summarySr',
        'type',
        'stage',
        'minTicketEur',
        'totalSizeEur',
        'jobsExpected',
        'areaSqm',
        'interestsCount',
        'publishedAt',
        'confirmedAt',
        'daysSinceConfirmed',
        'featuredUntil',
      ]),
      featured: this.resource.isFeatured,
      coverImageUrl: this.resource.coverImagePath
        ? `/opportunities/${this.resource.slug}/cover`
        : null,
      municipality: MunicipalityTransformer.transform(this.whenLoaded(this.resource.municipality)),
      sectors: SectorTransformer.transform(this.whenLoaded(this.resource.sectors)),
      organisation: organisation
        ? { name: organisation.name, slug: organisation.slug, kind: organisation.kind }
        : undefined,
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      ...this.pick(this.resource, [
        'descriptionEn',
        'descriptionSr',
        'timeline',
        'site',
        'contactName',
        'viewsCount',
        'savesCount',
      ]),
      incentives: OpportunityIncentiveTransformer.transform(
        this.whenLoaded(this.resource.incentives)
      ),
      documents: OpportunityDocumentTransformer.transform(this.whenLoaded(this.resource.documents)),
    }
  }

  /** The partner's own view adds what only they and staff may see. */
  forPartner() {
    return {
      ...this.forDetail(),
      ...this.pick(this.resource, [
        'rejectionReason',
        'contactEmail',
        'contactPhone',
        'pausedForFreshness',
        'createdAt',
        'updatedAt',
      ]),
      sectorIds: this.resource.$preloaded.sectors
        ? this.resource.sectors.map((sector) => sector.id)
        : [],
      freshUntil: this.resource.freshUntil,
      municipalityId: this.resource.municipalityId,
    }
  }
}
