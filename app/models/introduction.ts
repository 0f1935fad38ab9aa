import { IntroductionSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Deal from '#models/deal'
import Organisation from '#models/organisation'

export default class Introduction extends IntroductionSchema {
  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  /**
   * With what the partner is told about the deal (listing, interest, the investor's profile
   * and country) and its owner: the request e-mail and the partner's answer page.
   */
  static withDealSummary = scope((query: ModelQueryBuilderContract<typeof Introduction>) => {
    query.preload('deal', (deal) =>
      deal
        .preload('opportunity')
        .preload('interest')
        .preload('owner')
        .preload('investor', (investor) =>
          investor.preload('investorProfile', (profile) => profile.preload('residenceCountry'))
        )
    )
  })

  /** Not yet accepted or declined (through the link or the partner's inbox). */
  get isOpen() {
    return this.status === 'requested'
  }

  /** Open and unanswered: no decision and no reply by e-mail either (its clock still runs). */
  get awaitsAnswer() {
    return this.isOpen && this.respondedAt === null
  }
}
