import { DateTime } from 'luxon'
import AuditEntry from '#models/audit_entry'
import User from '#models/user'
import type { AuditAction, AuditSubjectType } from '#enums/audit'

export const AUDIT_PER_PAGE = 50

export interface AuditFilters {
  actor?: number
  action?: AuditAction
  subject_type?: AuditSubjectType
  subject_id?: number
  from?: Date
  to?: Date
  page?: number
}

/** The audit log, newest first, filtered; plus the people who appear in it (the actor filter). */
export default class ListAuditEntries {
  async handle(filters: AuditFilters) {
    const query = AuditEntry.query()
      .preload('actor')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
    if (filters.actor) query.where('actorId', filters.actor)
    if (filters.action) query.where('action', filters.action)
    if (filters.subject_type) query.where('subjectType', filters.subject_type)
    if (filters.subject_id) query.where('subjectId', filters.subject_id)
    // Dates are whole days: "to" includes the entries of that day.
    if (filters.from)
      query.where('createdAt', '>=', DateTime.fromJSDate(filters.from).startOf('day').toJSDate())
    if (filters.to)
      query.where(
        'createdAt',
        '<',
        DateTime.fromJSDate(filters.to).plus({ days: 1 }).startOf('day').toJSDate()
      )
    const page = await query.paginate(filters.page ?? 1, AUDIT_PER_PAGE)

    const actors = await User.query()
      .whereIn('id', (sub) =>
        sub.from('audit_entries').distinct('actor_id').whereNotNull('actor_id')
      )
      .orderBy('fullName')
    return { page, actors }
  }
}
