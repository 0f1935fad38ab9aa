import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type SuccessStory from '#models/success_story'
import type User from '#models/user'
import type { StoryStatus } from '#enums/story'
import audit from '#services/audit'

/**
 * The only writer of a story's status (a new story starts as a draft in save_story.ts).
 * Publishing stamps the date, taking down clears it; the audit entry is written in the
 * caller's transaction. A story already in the asked status is left alone.
 */
export default class ChangeStoryStatus {
  async handle({
    story,
    to,
    actor,
    trx,
  }: {
    story: SuccessStory
    to: StoryStatus
    actor: User
    trx: TransactionClientContract
  }) {
    if (story.status === to) return false
    story.useTransaction(trx)
    const before = audit.snapshot(story)
    story.status = to
    story.publishedAt = to === 'published' ? DateTime.now() : null
    await audit.saveAndRecord(trx, story, {
      actor,
      action: to === 'published' ? 'story.published' : 'story.unpublished',
      type: 'success_story',
      before,
    })
    return true
  }
}
