import { OpportunityQuestionSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Opportunity from '#models/opportunity'
import User from '#models/user'

/** An investor's question on a listing, with the partner's answer (in English and/or Serbian). */
export default class OpportunityQuestion extends OpportunityQuestionSchema {
  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => User, { foreignKey: 'askerId' })
  declare asker: BelongsTo<typeof User>

  /** What anyone may read on the listing: public, answered and not hidden by staff. */
  static shownOnListing = scope((query: ModelQueryBuilderContract<typeof OpportunityQuestion>) => {
    query.where('visibility', 'public').whereNotNull('answeredAt').whereNull('hiddenAt')
  })

  get isAnswered() {
    return this.answeredAt !== null
  }
}
