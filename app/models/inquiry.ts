import { InquirySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Contact from '#models/contact'
import Deal from '#models/deal'

/** A question sent through the public inquiry form; it opens a Returnee support deal. */
export default class Inquiry extends InquirySchema {
  @belongsTo(() => Contact)
  declare contact: BelongsTo<typeof Contact>

  @belongsTo(() => Deal)
  declare deal: BelongsTo<typeof Deal>
}
