import { OrganisationSchema } from '#database/schema'
import { belongsTo, hasMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Country from '#models/country'
import Municipality from '#models/municipality'
import OrganisationMember from '#models/organisation_member'
import Contact from '#models/contact'

export default class Organisation extends OrganisationSchema {
  @belongsTo(() => Country)
  declare country: BelongsTo<typeof Country>

  @belongsTo(() => Municipality)
  declare municipality: BelongsTo<typeof Municipality>

  @hasMany(() => OrganisationMember)
  declare members: HasMany<typeof OrganisationMember>

  /** CRM contacts who work for the organisation. */
  @hasMany(() => Contact)
  declare contacts: HasMany<typeof Contact>

  static approved = scope((query) => {
    query.where('status', 'approved')
  })

  static pendingReview = scope((query) => {
    query.where('status', 'pending')
  })

  get isApproved() {
    return this.status === 'approved'
  }
}
