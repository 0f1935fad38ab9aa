import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import type SuccessStory from '#models/success_story'

/** Deletes a story and then its photo (a failed file delete only leaves an unused file). */
export default class DeleteStory {
  async handle({ story }: { story: SuccessStory }) {
    const photoPath = story.photoPath
    await story.delete()
    if (photoPath) {
      await drive
        .use()
        .delete(photoPath)
        .catch((error) => logger.warn({ err: error, path: photoPath }, 'story photo kept'))
    }
  }
}
