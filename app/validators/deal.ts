import vine from '@vinejs/vine'
import { nextActivityStates } from '#enums/meeting'
import { loggableActivityKinds } from '#enums/crm'

export const boardFiltersValidator = vine.create({
  pipeline: vine.string().trim().maxLength(120).optional(),
  owner: vine.number().withoutDecimals().positive().optional(),
  municipality: vine.string().trim().maxLength(80).optional(),
  sector: vine.string().trim().maxLength(60).optional(),
  min_value: vine.number().withoutDecimals().min(0).optional(),
  stale: vine.boolean().optional(),
  stage: vine.number().withoutDecimals().positive().optional(),
  next: vine.enum(nextActivityStates).optional(),
})

/** The deal list's open/closed switch, beside the board filters. */
export const dealStatusFilterValidator = vine.create({
  status: vine.enum(['open', 'closed'] as const).optional(),
})

/** The CRM reports' period; a bad date shows the whole history with a notice. */
export const reportPeriodValidator = vine.create({
  pipeline: vine.string().trim().maxLength(120).optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .afterOrSameAs('from')
    .optional(),
})

/** A partner contact's optional reason for declining an introduction. */
export const introductionDeclineValidator = vine.create({
  reason: vine.string().trim().maxLength(500).optional(),
})

export const moveDealValidator = vine.create({
  stageId: vine.number().withoutDecimals().positive(),
  lockVersion: vine.number().withoutDecimals().min(0),
  lostReasonId: vine.number().exists({ table: 'lost_reasons', column: 'id' }).optional(),
  lostNote: vine.string().trim().maxLength(500).optional(),
})

export const logActivityValidator = vine.create({
  kind: vine.enum(loggableActivityKinds),
  body: vine.string().trim().minLength(2).maxLength(5000),
})

export const addTaskValidator = vine.create({
  title: vine.string().trim().minLength(2).maxLength(200),
  dueAt: vine.date({ formats: ['YYYY-MM-DD', 'YYYY-MM-DDTHH:mm'] }),
  assigneeId: vine.number().exists({ table: 'users', column: 'id' }).optional(),
})

export const reassignDealValidator = vine.create({
  ownerId: vine.number().exists(async (db, value) => {
    const row = await db.from('users').where({ id: value, role: 'staff' }).first()
    return Boolean(row)
  }),
})

/** The open-tasks list: one's own (default) or everyone's. */
export const openTasksValidator = vine.create({
  all: vine.boolean().optional(),
})

/** At most this many deals change in one bulk action (the list shows up to 5,000). */
export const BULK_DEALS_MAX = 500

const bulkDealIds = () =>
  vine
    .array(vine.number().withoutDecimals().positive().max(2_147_483_647))
    .minLength(1)
    .maxLength(BULK_DEALS_MAX)

export const bulkReassignValidator = vine.create({
  dealIds: bulkDealIds(),
  ownerId: vine.number().exists(async (db, value) => {
    const row = await db.from('users').where({ id: value, role: 'staff' }).first()
    return Boolean(row)
  }),
})

export const bulkMoveValidator = vine.create({
  dealIds: bulkDealIds(),
  stageId: vine.number().withoutDecimals().positive().max(2_147_483_647),
  lostReasonId: vine.number().exists({ table: 'lost_reasons', column: 'id' }).optional(),
  lostNote: vine.string().trim().maxLength(500).optional(),
})

export const bulkTaskValidator = vine.create({
  dealIds: bulkDealIds(),
  title: vine.string().trim().minLength(2).maxLength(200),
  dueAt: vine.date({ formats: ['YYYY-MM-DD', 'YYYY-MM-DDTHH:mm'] }),
  assigneeId: vine.number().exists({ table: 'users', column: 'id' }).optional(),
})

/** The export of the deals ticked on the list: `?ids=3,5,8` (the query parser splits commas). */
export const dealSelectionValidator = vine.create({
  ids: vine
    .array(vine.number().withoutDecimals().positive().max(2_147_483_647))
    .minLength(1)
    .maxLength(BULK_DEALS_MAX)
    .parse((value) => (typeof value === 'string' ? value.split(',') : value))
    .optional(),
})
