import type AuditEntry from '#models/audit_entry'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** One audit-log line for the admin page: who, when, what, and the changed fields. */
export default class AuditEntryTransformer extends BaseTransformer<AuditEntry> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'actorId',
        'actorRole',
        'action',
        'subjectType',
        'subjectId',
        'before',
        'after',
        'createdAt',
      ]),
      actorName: this.resource.actor?.fullName ?? null,
    }
  }
}
