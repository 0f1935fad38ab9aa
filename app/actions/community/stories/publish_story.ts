import db from '@adonisjs/lucid/services/db'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import ChangeStoryStatus from '#actions/community/stories/change_story_status'

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
    await db.transaction((trx) =>
      new ChangeStoryStatus().handle({ story, to: 'published', actor, trx })
    )
    return 'published'
  }
}
