import type Opportunity from '#models/opportunity'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { imageSources } from '#services/images'
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
      // The card and page WebP variants with their sizes (for width/height attributes).
      coverImage: this.resource.coverImagePath
        ? imageSources(
            `/opportunities/${this.resource.slug}/cover`,
            this.resource.coverImageVariants
          )
        : null,
      // Relations as plain objects, not nested transform() calls: each of those allocates
      // an exception with a stack trace (for its error messages), ~4 % of a detail page's CPU.
      municipality: whenPresent(this.resource.municipality, (municipality) =>
        new MunicipalityTransformer(municipality).toObject()
      ),
      sectors: whenPresent(this.resource.sectors, (sectors) =>
        sectors.map((sector) => new SectorTransformer(sector).toObject())
      ),
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
      incentives: whenPresent(this.resource.incentives, (incentives) =>
        incentives.map((incentive) => new OpportunityIncentiveTransformer(incentive).toObject())
      ),
      documents: whenPresent(this.resource.documents, (documents) =>
        documents.map((document) => new OpportunityDocumentTransformer(document).toObject())
      ),
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

  /** A choice in a listing picker: the id and one title, whichever language has it. */
  forPicker() {
    const listing = this.resource
    return { id: listing.id, title: listing.titleEn || listing.titleSr || `#${listing.id}` }
  }

  /** A listing staff may grant featuring to, and until when it is featured already. */
  forGrant() {
    return { ...this.forPicker(), featuredUntil: this.resource.featuredUntil }
  }
}

/** What whenLoaded + transform give: undefined when not loaded, null stays null. */
function whenPresent<T, R>(value: T | null | undefined, map: (value: T) => R) {
  if (value === undefined) return undefined
  return value === null ? null : map(value)
}
