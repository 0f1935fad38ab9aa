import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'

const stageFields = {
  name: vine.string().trim().minLength(2).maxLength(80),
  winProbability: vine.number().withoutDecimals().range([0, 100]),
  staleAfterDays: vine.number().withoutDecimals().range([1, 365]).optional(),
}

export const updateStageValidator = vine.create(stageFields)
export const addStageValidator = vine.create(stageFields)
/** A stage's name, win probability and stale threshold, as both stage forms send them. */
export type StageData = Infer<typeof addStageValidator>

export const moveStageValidator = vine.create({
  direction: vine.enum(['up', 'down'] as const),
})

export const createPipelineValidator = vine.create({
  name: vine
    .string()
    .trim()
    .minLength(2)
    .maxLength(120)
    .unique(async (db, value) => !(await db.from('pipelines').whereILike('name', value).first())),
})

export const lostReasonValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(120),
})
