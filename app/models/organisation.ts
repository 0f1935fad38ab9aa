import { OrganisationSchema } from '#database/schema'
import db from '@adonisjs/lucid/services/db'
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

  /**
   * Adds the CRM's figures to each row ($extras: published_opportunities, open_deals,
   * won_deals), counted in the same query so a list page costs the same however many
   * deals its organisations have.
   */
  static withCrmCounts = scope((query) => {
    query.select(
      'organisations.*',
      db.raw(`(SELECT count(*) FROM opportunities
        WHERE opportunities.organisation_id = organisations.id
          AND opportunities.status = 'published')::int AS published_opportunities`),
      db.raw(`(SELECT count(*) FROM deals
        JOIN opportunities ON opportunities.id = deals.opportunity_id
        WHERE opportunities.organisation_id = organisations.id
          AND deals.closed_at IS NULL)::int AS open_deals`),
      db.raw(`(SELECT count(*) FROM deals
        JOIN opportunities ON opportunities.id = deals.opportunity_id
        JOIN pipeline_stages ON pipeline_stages.id = deals.stage_id
        WHERE opportunities.organisation_id = organisations.id
          AND pipeline_stages.kind = 'won')::int AS won_deals`)
    )
  })

  static pendingReview = scope((query) => {
    query.where('status', 'pending')
  })

  get isApproved() {
    return this.status === 'approved'
  }
}
