import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { hasOne, hasMany } from '@adonisjs/lucid/orm'
import type { HasOne, HasMany } from '@adonisjs/lucid/types/relations'
import InvestorProfile from '#models/investor_profile'
import OrganisationMember from '#models/organisation_member'

export default class User extends compose(UserSchema, withAuthFinder(hash)) {
  @hasOne(() => InvestorProfile)
  declare investorProfile: HasOne<typeof InvestorProfile>

  @hasMany(() => OrganisationMember)
  declare memberships: HasMany<typeof OrganisationMember>

  get isStaff() {
    return this.role === 'staff' || this.role === 'admin'
  }

  get isEmailVerified() {
    return this.emailVerifiedAt !== null
  }

  get initials() {
    const [first, last] = this.fullName.trim().split(/\s+/)
    return `${first?.charAt(0) ?? ''}${last?.charAt(0) ?? ''}`.toUpperCase()
  }
}
