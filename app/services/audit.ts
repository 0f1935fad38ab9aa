import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type User from '#models/user'
import type { AuditAction, AuditSubjectType } from '#enums/audit'

export type Snapshot = Record<string, unknown>

/** Never worth recording (bookkeeping) or never to be copied anywhere (secrets). */
const ignoredKeys = new Set(['updatedAt', 'createdAt', 'lockVersion', 'password'])

/**
 * A record's column values as plain JSON values, taken before and after a change.
 * `extra` adds what lives outside the row (a listing's sector ids, …).
 */
export function snapshot(model: LucidRow, extra: Snapshot = {}): Snapshot {
  const values: Snapshot = {}
  for (const [key, value] of Object.entries({ ...model.$attributes, ...extra })) {
    if (!ignoredKeys.has(key)) values[key] = plain(value)
  }
  return values
}

/** Only the fields that differ, on both sides. */
export function changes(before: Snapshot, after: Snapshot) {
  const changed = { before: {} as Snapshot, after: {} as Snapshot }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignoredKeys.has(key)) continue
    const [was, is] = [plain(before[key]), plain(after[key])]
    if (canonical(was) === canonical(is)) continue
    changed.before[key] = was ?? null
    changed.after[key] = is ?? null
  }
  return changed
}

interface Subject {
  type: AuditSubjectType
  id: number | null
}

/**
 * Writes one audit entry in the caller's transaction, so it exists exactly when the
 * change does. With both sides given, only the changed fields are kept, and a change
 * that changed nothing is not recorded.
 */
export async function record(
  trx: QueryClientContract,
  entry: {
    actor: User | null
    action: AuditAction
    subject: Subject
    before?: Snapshot | null
    after?: Snapshot | null
  }
) {
  let before = entry.before ? stripped(entry.before) : null
  let after = entry.after ? stripped(entry.after) : null
  if (before && after) {
    ;({ before, after } = changes(before, after))
    if (!Object.keys(after).length) return
  }
  await trx
    .insertQuery()
    .table('audit_entries')
    .insert({
      actor_id: entry.actor?.id ?? null,
      actor_role: entry.actor?.role ?? null,
      action: entry.action,
      subject_type: entry.subject.type,
      subject_id: entry.subject.id,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
      created_at: new Date(),
    })
}

/** The audit subject for a record. */
export function subject(type: AuditSubjectType, model: { id: number } | null): Subject {
  return { type, id: model?.id ?? null }
}

/**
 * Saves `model` in the caller's transaction and records what changed: `before` is the
 * model's snapshot from before the change (null for a new record), the entry's after side
 * the row as saved.
 */
export async function saveAndRecord<Model extends LucidRow & { id: number }>(
  trx: QueryClientContract,
  model: Model,
  entry: {
    actor: User | null
    action: AuditAction
    type: AuditSubjectType
    before: Snapshot | null
  }
) {
  await model.save()
  await record(trx, {
    actor: entry.actor,
    action: entry.action,
    subject: subject(entry.type, model),
    before: entry.before,
    after: snapshot(model),
  })
  return model
}

function stripped(values: Snapshot) {
  const kept: Snapshot = {}
  for (const [key, value] of Object.entries(values)) {
    if (!ignoredKeys.has(key)) kept[key] = plain(value)
  }
  return kept
}

/** JSON with sorted keys: jsonb hands objects back in its own key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Snapshot).sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

function plain(value: unknown): unknown {
  if (value instanceof DateTime) return value.toISO()
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'bigint') return value.toString()
  return value
}

const audit = { record, saveAndRecord, snapshot, changes, subject }
export default audit
