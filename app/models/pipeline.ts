import { PipelineSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import PipelineStage from '#models/pipeline_stage'

export default class Pipeline extends PipelineSchema {
  @hasMany(() => PipelineStage)
  declare stages: HasMany<typeof PipelineStage>
}
