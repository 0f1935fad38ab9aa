import type { HttpContext } from '@adonisjs/core/http'
import ListAuditEntries, { type AuditFilters } from '#actions/trust/audit/list_audit_entries'
import AuditEntryTransformer from '#transformers/audit_entry_transformer'
import UserTransformer from '#transformers/user_transformer'
import { auditFiltersValidator } from '#validators/audit'
import { auditActions, auditSubjectTypes } from '#enums/audit'

/** Admins browse the audit log: who changed what, when, from which value to which. */
export default class AuditController {
  async index({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('AuditEntryPolicy').authorize('viewList')
    const filters: AuditFilters = await auditFiltersValidator.validate(request.qs())
    const { page, actors } = await new ListAuditEntries().handle(filters)
    return inertia.render('trust/audit', {
      entries: AuditEntryTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        actor: filters.actor ?? null,
        action: filters.action ?? '',
        subjectType: filters.subject_type ?? '',
        from: request.qs().from ?? '',
        to: request.qs().to ?? '',
      },
      actors: UserTransformer.transform(actors),
      actions: [...auditActions],
      subjectTypes: [...auditSubjectTypes],
    })
  }
}
