import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { OpportunitySchema } from '#database/schema'
import { belongsTo, hasMany, manyToMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany, ManyToMany } from '@adonisjs/lucid/types/relations'
import Organisation from '#models/organisation'
import Municipality from '#models/municipality'
import Sector from '#models/sector'
import OpportunityIncentive from '#models/opportunity_incentive'
import OpportunityDocument from '#models/opportunity_document'
import OpportunityTransition from '#models/opportunity_transition'
import { FRESHNESS_DAYS } from '#enums/opportunity'

const MS_PER_DAY = 24 * 60 * 60 * 1000

export default class Opportunity extends OpportunitySchema {
  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  @belongsTo(() => Municipality)
  declare municipality: BelongsTo<typeof Municipality>

  @manyToMany(() => Sector, { pivotTable: 'opportunity_sectors' })
  declare sectors: ManyToMany<typeof Sector>

  @hasMany(() => OpportunityIncentive)
  declare incentives: HasMany<typeof OpportunityIncentive>

  @hasMany(() => OpportunityDocument)
  declare documents: HasMany<typeof OpportunityDocument>

  @hasMany(() => OpportunityTransition)
  declare transitions: HasMany<typeof OpportunityTransition>

  /**
   * The card counters move only here: a save (+1) or unsave (-1), never below zero, and
   * a new interest. Called in the transaction that adds or removes the row counted.
   */
  static async countSave(client: QueryClientContract, id: number, by: 1 | -1) {
    const query = Opportunity.query({ client }).where('id', id)
    if (by < 0) query.where('saves_count', '>', 0)
    await query.increment('saves_count', by)
  }

  static async countInterest(client: QueryClientContract, id: number) {
    await Opportunity.query({ client }).where('id', id).increment('interests_count', 1)
  }

  static published = scope((query) => {
    query.where('opportunities.status', 'published')
  })

  get isPublished() {
    return this.status === 'published'
  }

  /** Whichever title the partner wrote, preferring the reader's language. */
  titleFor(locale: string) {
    const serbianFirst = locale.startsWith('sr')
    return (serbianFirst ? this.titleSr || this.titleEn : this.titleEn || this.titleSr) ?? ''
  }

  /** Featured (badge, ranked first) until the end job clears `featuredUntil`. */
  get isFeatured() {
    return this.featuredUntil !== null && this.featuredUntil !== undefined
  }

  /** When a published listing stops being shown unless its partner re-confirms it. */
  get freshUntil() {
    return this.confirmedAt?.plus({ days: FRESHNESS_DAYS }) ?? null
  }

  /** The partner vouches the data is current: the freshness clock starts again. */
  markConfirmed(now = DateTime.now()) {
    this.confirmedAt = now
    this.freshnessReminderDays = null
    this.pausedForFreshness = false
  }

  get daysSinceConfirmed() {
    if (!this.confirmedAt) return null
    // Milliseconds, not a luxon diff: every card shows it, and the diff's unit
    // normalisation cost more than the rest of the card.
    return Math.max(0, Math.floor((Date.now() - this.confirmedAt.toMillis()) / MS_PER_DAY))
  }
}
