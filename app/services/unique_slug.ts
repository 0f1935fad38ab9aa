import string from '@adonisjs/core/helpers/string'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * A web address part for `text` that `table` does not use yet: "hotel-nis", then
 * "hotel-nis-2", "hotel-nis-3"… Runs in the caller's transaction; the advisory lock makes
 * two requests creating the same name at once take turns instead of picking the same slug.
 */
export async function uniqueSlug(
  trx: TransactionClientContract,
  table: string,
  text: string,
  { fallback, maxLength = 160 }: { fallback: string; maxLength?: number }
) {
  const base = string.slug(text, { lower: true, strict: true }).slice(0, maxLength) || fallback
  await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`most:slug:${table}:${base}`])
  const taken = await trx
    .from(table)
    .where('slug', base)
    .orWhereLike('slug', `${base}-%`)
    .select('slug')
  const slugs = new Set(taken.map((row) => row.slug))
  let slug = base
  for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`
  return slug
}
