import { DateTime } from 'luxon'
import type SuccessStory from '#models/success_story'

/**
 * Publishes a story, only once the person's consent is recorded (the database refuses
 * it too). Returns what happened so the caller can show the reason beside the field.
 */
export default class PublishStory {
  async handle({ story }: { story: SuccessStory }): Promise<'published' | 'consent_missing'> {
    if (!story.hasConsent) return 'consent_missing'
    if (story.isPublished) return 'published'
    story.status = 'published'
    story.publishedAt = DateTime.now()
    await story.save()
    return 'published'
  }
}
