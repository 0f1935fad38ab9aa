import db from '@adonisjs/lucid/services/db'

export type SearchHit = {
  kind: 'deal' | 'contact' | 'organisation' | 'listing'
  id: number
  title: string
  detail: string | null
  href: string
}

/**
 * The staff's Ctrl+K search over deals, contacts, organisations and listings, blind to
 * script and diacritics like the marketplace (most_normalize: "ниш", "Niš" and "nis" are one
 * word). Every word must appear (a deal is found by its listing's Serbian title too); a few
 * hits of each kind, in one round trip.
 */
export default class GlobalSearch {
  async handle({ q, perKind = 5 }: { q: string; perKind?: number }): Promise<SearchHit[]> {
    const words = q
      .split(/\s+/)
      .map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`))
      .filter(Boolean)
      .slice(0, 6)
    if (!words.length) return []
    const matches = (column: string) =>
      words
        .map(() => `most_normalize(${column}) LIKE '%' || most_normalize(?) || '%'`)
        .join(' AND ')
    const bindings = [words, words, words, words].flatMap((each) => [...each, perKind])
    const { rows } = await db.rawQuery(
      `(SELECT 'deal' AS kind, d.id, d.title, s.name AS detail FROM deals d
          JOIN pipeline_stages s ON s.id = d.stage_id
          LEFT JOIN opportunities dl ON dl.id = d.opportunity_id
         WHERE ${matches(`concat_ws(' ', d.title, dl.title_sr)`)}
         ORDER BY d.closed_at IS NOT NULL, d.updated_at DESC LIMIT ?)
       UNION ALL
       (SELECT 'contact', c.id, c.full_name, c.email FROM contacts c
         WHERE c.merged_into_id IS NULL
           AND ${matches(`concat_ws(' ', c.full_name, c.email, c.company)`)}
         ORDER BY c.updated_at DESC LIMIT ?)
       UNION ALL
       (SELECT 'organisation', o.id, o.name, o.status::text FROM organisations o
         WHERE ${matches('o.name')} ORDER BY o.name LIMIT ?)
       UNION ALL
       (SELECT 'listing', l.id, coalesce(l.title_en, l.title_sr), l.status::text FROM opportunities l
         WHERE ${matches(`concat_ws(' ', l.title_en, l.title_sr)`)}
         ORDER BY l.updated_at DESC LIMIT ?)`,
      bindings
    )
    return (rows as Omit<SearchHit, 'href'>[]).map((row) => ({ ...row, href: hrefOf(row) }))
  }
}

function hrefOf(row: Omit<SearchHit, 'href'>) {
  switch (row.kind) {
    case 'deal':
      return `/crm/deals/${row.id}`
    case 'contact':
      return `/crm/contacts/${row.id}`
    case 'organisation':
      return `/crm/organisations/${row.id}`
    case 'listing':
      return `/staff/opportunities/${row.id}`
  }
}
