import vine from '@vinejs/vine'

const stageFields = {
  name: vine.string().trim().minLength(2).maxLength(80),
  winProbability: vine.number().withoutDecimals().range([0, 100]),
  staleAfterDays: vine.number().withoutDecimals().range([1, 365]).optional(),
}

export const updateStageValidator = vine.create(stageFields)
export const addStageValidator = vine.create(stageFields)

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
