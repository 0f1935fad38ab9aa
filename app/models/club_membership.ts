import { DateTime } from 'luxon'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { ClubMembershipSchema } from '#database/schema'
import User from '#models/user'
import { clubActiveStatuses } from '#enums/payments'

/** An investor's Investor Club subscription, mirrored from Stripe. */
export default class ClubMembership extends ClubMembershipSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  /** Benefits last while Stripe still bills it (past_due: Stripe is retrying the card). */
  get grantsBenefits() {
    if (!(clubActiveStatuses as readonly string[]).includes(this.status)) return false
    return !this.currentPeriodEnd || this.currentPeriodEnd > DateTime.now()
  }

  /**
   * The same rule as `grantsBenefits`, as SQL for list queries (the CRM's priority mark):
   * true when the user in `userColumn` has a membership that grants benefits.
   */
  static memberSql(userColumn: string) {
    const statuses = clubActiveStatuses.map((status) => `'${status}'`).join(', ')
    return `EXISTS (SELECT 1 FROM club_memberships WHERE club_memberships.user_id = ${userColumn}
      AND club_memberships.status IN (${statuses})
      AND (club_memberships.current_period_end IS NULL OR club_memberships.current_period_end > now()))`
  }

  /** Whether this investor currently has the Investor Club's benefits. */
  static async isMember(userId: number) {
    const memberships = await ClubMembership.query().where('userId', userId)
    return memberships.some((membership) => membership.grantsBenefits)
  }
}
