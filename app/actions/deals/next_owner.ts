import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * Round-robin among staff: the staff member after the one who got the latest deal
 * (by id, wrapping around). An advisory lock makes two hand-offs at once take turns.
 */
export async function nextOwnerId(trx: QueryClientContract): Promise<number | null> {
  await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', ['most:deal-assignment'])
  const staff = await trx.from('users').where('role', 'staff').orderBy('id').select('id')
  if (!staff.length) return null
  const last = await trx
    .from('deals')
    .whereNotNull('owner_id')
    .orderBy('id', 'desc')
    .select('owner_id')
    .first()
  const next = staff.find((member) => member.id > (last?.owner_id ?? 0)) ?? staff[0]
  return next.id
}
