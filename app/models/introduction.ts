import { IntroductionSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Deal from '#models/deal'
import Organisation from '#models/organisation'

export default class Introduction extends IntroductionSchema {
  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  get isOpen() {
    return this.status === 'requested'
  }
}
