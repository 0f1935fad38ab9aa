import { SuccessStorySchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Municipality from '#models/municipality'
import Opportunity from '#models/opportunity'
import Deal from '#models/deal'
import User from '#models/user'
import type { StoryStatus } from '#enums/story'

/** A person who returned or invested, told by staff in English and Serbian. */
export default class SuccessStory extends SuccessStorySchema {
  declare status: StoryStatus

  @belongsTo(() => Municipality)
  declare municipality: BelongsTo<typeof Municipality>

  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  @belongsTo(() => User, { foreignKey: 'consentRecordedById' })
  declare consentRecordedBy: BelongsTo<typeof User>

  static published = scope((query) => {
    query.where('success_stories.status', 'published')
  })

  /** Newest publication first. */
  static latestFirst = scope((query) => {
    query.orderBy('success_stories.published_at', 'desc').orderBy('success_stories.id', 'desc')
  })

  get isPublished() {
    return this.status === 'published'
  }

  get hasConsent() {
    return this.consentRecordedAt !== null
  }
}
