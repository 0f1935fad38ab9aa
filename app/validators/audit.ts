import vine from '@vinejs/vine'
import { auditActions, auditSubjectTypes } from '#enums/audit'

/** The audit log's filters, read from the query string. */
export const auditFiltersValidator = vine.create({
  actor: vine.number().withoutDecimals().positive().optional(),
  action: vine.enum(auditActions).optional(),
  subject_type: vine.enum(auditSubjectTypes).optional(),
  subject_id: vine.number().withoutDecimals().positive().optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .afterOrSameAs('from')
    .optional(),
  page: vine.number().withoutDecimals().positive().optional(),
})
