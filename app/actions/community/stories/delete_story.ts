import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import audit from '#services/audit'

/** Deletes a story and then its photo (a failed file delete only leaves an unused file). */
export default class DeleteStory {
  async handle({ story, actor }: { story: SuccessStory; actor: User }) {
    const photoPath = story.photoPath
    await db.transaction(async (trx) => {
      story.useTransaction(trx)
      await story.delete()
      await audit.record(trx, {
        actor,
        action: 'story.deleted',
        subject: audit.subject('success_story', story),
        before: { slug: story.slug, titleEn: story.titleEn, status: story.status },
      })
    })
    if (photoPath) {
      await drive
        .use()
        .delete(photoPath)
        .catch((error) => logger.warn({ err: error, path: photoPath }, 'story photo kept'))
    }
  }
}
