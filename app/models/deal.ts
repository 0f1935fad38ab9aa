import { DealSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import User from '#models/user'
import Opportunity from '#models/opportunity'
import Interest from '#models/interest'
import LostReason from '#models/lost_reason'
import DealActivity from '#models/deal_activity'
import DealTask from '#models/deal_task'
import DealStageHistory from '#models/deal_stage_history'
import Contact from '#models/contact'
import Event from '#models/event'
import Meeting from '#models/meeting'

/** One investor's path with one opportunity (or one inquiry), carried by a personal assistant. */
export default class Deal extends DealSchema {
  @belongsTo(() => Pipeline)
  declare pipeline: BelongsTo<typeof Pipeline>

  @belongsTo(() => PipelineStage, { foreignKey: 'stageId' })
  declare stage: BelongsTo<typeof PipelineStage>

  @belongsTo(() => User, { foreignKey: 'investorId' })
  declare investor: BelongsTo<typeof User>

  @belongsTo(() => Contact)
  declare contact: BelongsTo<typeof Contact>

  @belongsTo(() => User, { foreignKey: 'ownerId' })
  declare owner: BelongsTo<typeof User>

  @belongsTo(() => Opportunity)
  declare opportunity: BelongsTo<typeof Opportunity>

  @belongsTo(() => Interest)
  declare interest: BelongsTo<typeof Interest>

  @belongsTo(() => LostReason)
  declare lostReason: BelongsTo<typeof LostReason>

  @belongsTo(() => Event, { foreignKey: 'sourceEventId' })
  declare sourceEvent: BelongsTo<typeof Event>

  @hasMany(() => DealActivity)
  declare activities: HasMany<typeof DealActivity>

  @hasMany(() => DealTask)
  declare tasks: HasMany<typeof DealTask>

  @hasMany(() => Meeting)
  declare meetings: HasMany<typeof Meeting>

  @hasMany(() => DealStageHistory)
  declare stageHistory: HasMany<typeof DealStageHistory>

  /** The person behind the deal: the contact's name, else the investor's (inquiries may have no account). */
  get personName() {
    return this.contact?.fullName ?? this.investor?.fullName ?? '—'
  }

  get isOpen() {
    return this.closedAt === null
  }
}
