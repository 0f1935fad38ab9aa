import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import Pipeline from '#models/pipeline'
import PipelineStage from '#models/pipeline_stage'
import type User from '#models/user'
import audit from '#services/audit'

/** A new pipeline starts with New, Won and Lost; the admin adds the stages in between. */
export default class CreatePipeline {
  async handle({ name, actor }: { name: string; actor: User }) {
    return db.transaction(async (trx) => {
      const last = await Pipeline.query({ client: trx }).orderBy('position', 'desc').first()
      const pipeline = await Pipeline.create(
        {
          name,
          slug: `${string.slug(name, { lower: true, strict: true }) || 'pipeline'}-${Date.now().toString(36)}`,
          position: (last?.position ?? -1) + 1,
        },
        { client: trx }
      )
      await PipelineStage.createMany(
        [
          { key: 'new', name: 'New', kind: 'open' as const, winProbability: 10, staleAfterDays: 7 },
          {
            key: 'won',
            name: 'Won',
            kind: 'won' as const,
            winProbability: 100,
            staleAfterDays: null,
          },
          {
            key: 'lost',
            name: 'Lost',
            kind: 'lost' as const,
            winProbability: 0,
            staleAfterDays: null,
          },
        ].map((stage, position) => ({ ...stage, pipelineId: pipeline.id, position })),
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'pipeline.created',
        subject: audit.subject('pipeline', pipeline),
        after: audit.snapshot(pipeline),
      })
      return pipeline
    })
  }
}
