import db from '@adonisjs/lucid/services/db'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import audit from '#services/audit'

/** Takes a story off the public pages; it stays as a draft with its consent record. */
export default class UnpublishStory {
  async handle({ story, actor }: { story: SuccessStory; actor: User }) {
    await db.transaction(async (trx) => {
      story.useTransaction(trx)
      const before = audit.snapshot(story)
      story.status = 'draft'
      story.publishedAt = null
      await story.save()
      await audit.record(trx, {
        actor,
        action: 'story.unpublished',
        subject: audit.subject('success_story', story),
        before,
        after: audit.snapshot(story),
      })
    })
    return story
  }
}
