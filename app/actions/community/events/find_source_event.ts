import { type DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { ATTRIBUTION_DAYS } from '#enums/event'

/**
 * The event a deal is credited to: the latest event this contact attended on or before
 * `at` and at most ATTRIBUTION_DAYS earlier. Null when none qualifies.
 */
export async function findSourceEventId(
  client: QueryClientContract,
  { contactId, at }: { contactId: number; at: DateTime }
): Promise<number | null> {
  const day = at.toISODate()!
  const row = await client
    .from('event_attendees as a')
    .join('events as e', 'e.id', 'a.event_id')
    .where('a.contact_id', contactId)
    .where('e.starts_on', '<=', day)
    .where('e.starts_on', '>=', at.minus({ days: ATTRIBUTION_DAYS }).toISODate()!)
    .orderBy('e.starts_on', 'desc')
    .orderBy('e.id', 'desc')
    .select('e.id')
    .first()
  return row?.id ?? null
}
