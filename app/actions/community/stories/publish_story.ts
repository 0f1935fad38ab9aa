import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import audit from '#services/audit'

/**
 * Publishes a story, only once the person's consent is recorded (the database refuses
 * it too). Returns what happened so the caller can show the reason beside the field.
 */
export default class PublishStory {
  async handle({
    story,
    actor,
  }: {
    story: SuccessStory
    actor: User
  }): Promise<'published' | 'consent_missing'> {
    if (!story.hasConsent) return 'consent_missing'
    if (story.isPublished) return 'published'
    await db.transaction(async (trx) => {
      story.useTransaction(trx)
      story.status = 'published'
      story.publishedAt = DateTime.now()
      await story.save()
      await audit.record(trx, {
        actor,
        action: 'story.published',
        subject: audit.subject('success_story', story),
        before: { status: 'draft' },
        after: { status: 'published' },
      })
    })
    return 'published'
  }
}
