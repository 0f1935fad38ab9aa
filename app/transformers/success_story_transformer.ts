import type SuccessStory from '#models/success_story'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { imageSources } from '#services/images'
import MunicipalityTransformer from '#transformers/municipality_transformer'

/** A story as the public sees it; staff also see its state and consent record. */
export default class SuccessStoryTransformer extends BaseTransformer<SuccessStory> {
  toObject() {
    const story = this.resource
    return {
      ...this.pick(story, [
        'id',
        'slug',
        'personName',
        'titleEn',
        'titleSr',
        'bodyEn',
        'bodySr',
        'publishedAt',
      ]),
      hasPhoto: story.photoPath !== null,
      photo: story.photoPath
        ? imageSources(`/stories/${story.slug}/photo`, story.photoVariants)
        : null,
      municipality: MunicipalityTransformer.transform(this.whenLoaded(story.municipality)),
      opportunity: story.opportunity
        ? {
            slug: story.opportunity.slug,
            titleEn: story.opportunity.titleEn,
            titleSr: story.opportunity.titleSr,
            published: story.opportunity.status === 'published',
          }
        : null,
    }
  }

  forStaff() {
    const story = this.resource
    return {
      ...this.toObject(),
      ...this.pick(story, [
        'status',
        'municipalityId',
        'opportunityId',
        'dealId',
        'consentRecordedAt',
        'consentNote',
        'updatedAt',
      ]),
      consentRecordedBy: story.consentRecordedBy?.fullName ?? null,
    }
  }
}
