import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Contact from '#models/contact'
import type User from '#models/user'
import { contactProfileFields } from '#enums/crm'
import { fieldError } from '#exceptions/field_error'
import audit from '#services/audit'

interface Reference {
  table: string
  column: string
}

/** Pairs staff dismissed say nothing about the merged contact any more. */
const DISMISSALS = 'contact_duplicate_dismissals'

/**
 * Makes two contacts one person, in one transaction. Everything that points at the
 * merged contact is found from the database's own foreign keys (deals, inquiries,
 * event attendance, and whatever table refers to contacts next) and re-pointed to
 * the surviving contact; a row that would then repeat one the survivor already has
 * under a unique key (the same event twice) is removed and kept in the audit entry.
 * The survivor keeps its values and takes the merged contact's where it has none, and
 * its account when it has none. The merged contact stays as a record pointing at the
 * survivor; its account (interests, consents) stays its own and shows on the survivor.
 * Both records get an audit entry.
 */
export default class MergeContacts {
  async handle({
    survivorId,
    mergedId,
    actor,
  }: {
    survivorId: number
    mergedId: number
    actor: User
  }) {
    if (survivorId === mergedId) throw fieldError('mergedId', 'A contact cannot merge with itself.')
    return db.transaction(async (trx) => {
      // Both rows locked in id order, so two merges of the same pair take turns.
      const locked = await Contact.query({ client: trx })
        .whereIn('id', [survivorId, mergedId])
        .orderBy('id')
        .forUpdate()
      const survivor = locked.find((contact) => contact.id === survivorId)
      const merged = locked.find((contact) => contact.id === mergedId)
      if (!survivor || !merged) throw fieldError('mergedId', 'This contact does not exist.')
      if (survivor.mergedIntoId !== null || merged.mergedIntoId !== null) {
        throw fieldError('mergedId', 'This contact was already merged.', 'merged')
      }
      const before = audit.snapshot(survivor)

      survivor.useTransaction(trx)
      merged.useTransaction(trx)
      for (const field of ['phone', ...contactProfileFields] as const) {
        if (!survivor[field] && merged[field]) survivor[field] = merged[field]
      }
      // An inquirer merged with an investor (or partner contact) is what the other one is.
      if (survivor.kind === 'inquirer') survivor.kind = merged.kind
      if (survivor.ownerId === null) survivor.ownerId = merged.ownerId
      if (survivor.organisationId === null) survivor.organisationId = merged.organisationId
      const movedUserId = survivor.userId === null ? merged.userId : null
      if (movedUserId !== null) {
        // contacts.user_id is unique: the merged record lets go first.
        merged.userId = null
        await merged.save()
        survivor.userId = movedUserId
      }
      await survivor.save()

      await trx
        .from(DISMISSALS)
        .where('contact_id', merged.id)
        .orWhere('other_contact_id', merged.id)
        .delete()
      const moved: Record<string, number> = {}
      const removed: Record<string, unknown[]> = {}
      for (const reference of await this.references(trx)) {
        if (reference.table === DISMISSALS) continue
        const name = `${reference.table}.${reference.column}`
        const repeated = await this.removeRepeats(trx, reference, survivor.id, merged.id)
        if (repeated.length) removed[name] = repeated
        const count = await trx
          .from(reference.table)
          .where(reference.column, merged.id)
          .update({ [reference.column]: survivor.id })
        if (Number(count) > 0) moved[name] = Number(count)
      }

      merged.mergedIntoId = survivor.id
      merged.mergedAt = DateTime.now()
      await merged.save()

      const evidence = {
        survivorId: survivor.id,
        mergedId: merged.id,
        mergedName: merged.fullName,
        mergedEmail: merged.email,
        survivorName: survivor.fullName,
        accountMoved: movedUserId !== null,
        moved,
        removed,
      }
      await audit.record(trx, {
        actor,
        action: 'contact.merged',
        subject: audit.subject('contact', survivor),
        before,
        after: { ...audit.snapshot(survivor), ...evidence },
      })
      await audit.record(trx, {
        actor,
        action: 'contact.merged',
        subject: audit.subject('contact', merged),
        after: evidence,
      })
      return { survivor, merged, moved, removed }
    })
  }

  /** Every single-column foreign key that points at contacts.id, as the database knows them. */
  private async references(trx: TransactionClientContract): Promise<Reference[]> {
    const { rows } = await trx.rawQuery<{ rows: Reference[] }>(`
      SELECT cl.relname AS table, att.attname AS column
      FROM pg_constraint con
      JOIN pg_class cl ON cl.oid = con.conrelid
      JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
      WHERE con.contype = 'f' AND con.confrelid = 'contacts'::regclass
        AND array_length(con.conkey, 1) = 1
      ORDER BY cl.relname, att.attname
    `)
    return rows
  }

  /**
   * Rows of the merged contact that would repeat one of the survivor's under a unique
   * index (plain columns, no predicate): deleted here, returned for the audit entry.
   */
  private async removeRepeats(
    trx: TransactionClientContract,
    reference: Reference,
    survivorId: number,
    mergedId: number
  ) {
    const { rows: indexes } = await trx.rawQuery<{ rows: { columns: string[] }[] }>(
      `
      SELECT array(
        SELECT att.attname FROM unnest(idx.indkey) AS key(attnum)
        JOIN pg_attribute att ON att.attrelid = idx.indrelid AND att.attnum = key.attnum
      )::text[] AS columns
      FROM pg_index idx
      JOIN pg_attribute fk ON fk.attrelid = idx.indrelid AND fk.attname = ?
      WHERE idx.indrelid = ?::regclass AND idx.indisunique AND idx.indpred IS NULL
        AND idx.indexprs IS NULL AND fk.attnum = ANY(idx.indkey)
      `,
      [reference.column, reference.table]
    )
    const removed: unknown[] = []
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
    for (const { columns } of indexes) {
      const others = columns.filter((column) => column !== reference.column)
      const same = others.map((column) => `kept.${quote(column)} = gone.${quote(column)}`)
      const { rows } = await trx.rawQuery<{ rows: { row: unknown }[] }>(
        `
        DELETE FROM ${quote(reference.table)} AS gone
        WHERE gone.${quote(reference.column)} = ?
          AND EXISTS (
            SELECT 1 FROM ${quote(reference.table)} AS kept
            WHERE kept.${quote(reference.column)} = ? ${same.map((s) => `AND ${s}`).join(' ')}
          )
        RETURNING to_jsonb(gone) AS row
        `,
        [mergedId, survivorId]
      )
      removed.push(...rows.map((row) => row.row))
    }
    return removed
  }
}
