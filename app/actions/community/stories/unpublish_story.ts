import db from '@adonisjs/lucid/services/db'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import ChangeStoryStatus from '#actions/community/stories/change_story_status'

/** Takes a story off the public pages; it stays as a draft with its consent record. */
export default class UnpublishStory {
  async handle({ story, actor }: { story: SuccessStory; actor: User }) {
    await db.transaction((trx) =>
      new ChangeStoryStatus().handle({ story, to: 'draft', actor, trx })
    )
    return story
  }
}
