import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { DocumentEngagement, InvestorEngagement } from '#enums/data_room'

/**
 * A listing's data-room engagement for its partner: per document who opened it, how
 * often and when last; per investor an engagement score. Two grouped queries, whatever
 * the number of documents and downloads. `since` limits it to a period (the digest).
 */
export async function dataRoomEngagement({
  opportunityId,
  since,
  until,
}: {
  opportunityId: number
  since?: DateTime
  until?: DateTime
}) {
  const documents = await db
    .from('opportunity_documents')
    .where({ opportunity_id: opportunityId, kind: 'data_room' })
    .orderBy('id')
    .select('id', 'title', 'revoked_at')
  const rows = await db
    .from('document_downloads')
    .join('opportunity_documents', 'opportunity_documents.id', 'document_downloads.document_id')
    .join('users', 'users.id', 'document_downloads.user_id')
    .where('opportunity_documents.opportunity_id', opportunityId)
    .where('opportunity_documents.kind', 'data_room')
    .if(since, (query) => query.where('document_downloads.created_at', '>=', since!.toJSDate()))
    .if(until, (query) => query.where('document_downloads.created_at', '<', until!.toJSDate()))
    .groupBy('document_downloads.document_id', 'users.id')
    .select(
      'document_downloads.document_id',
      'users.id as user_id',
      'users.full_name',
      'users.email'
    )
    .select(
      db.raw('count(*)::int AS downloads'),
      db.raw('max(document_downloads.created_at) AS last_at')
    )
    .orderBy('last_at', 'desc')

  const byDocument: DocumentEngagement[] = documents.map((document) => {
    const viewers = rows
      .filter((row) => row.document_id === document.id)
      .map((row) => ({
        userId: row.user_id,
        name: row.full_name,
        email: row.email,
        downloads: row.downloads,
        lastAt: new Date(row.last_at).toISOString(),
      }))
    return {
      documentId: document.id,
      title: document.title,
      revokedAt: document.revoked_at ? new Date(document.revoked_at).toISOString() : null,
      downloads: viewers.reduce((sum, viewer) => sum + viewer.downloads, 0),
      viewers,
      lastAt: viewers[0]?.lastAt ?? null,
    }
  })

  const liveDocuments = documents.filter((document) => !document.revoked_at).length
  const byInvestor = new Map<number, InvestorEngagement>()
  for (const row of rows) {
    const investor = byInvestor.get(row.user_id) ?? {
      userId: row.user_id,
      name: row.full_name,
      email: row.email,
      documentsOpened: 0,
      downloads: 0,
      lastAt: new Date(row.last_at).toISOString(),
      score: 0,
    }
    investor.documentsOpened++
    investor.downloads += row.downloads
    if (new Date(row.last_at).toISOString() > investor.lastAt) {
      investor.lastAt = new Date(row.last_at).toISOString()
    }
    byInvestor.set(row.user_id, investor)
  }
  const now = until ?? DateTime.now()
  const investors = [...byInvestor.values()]
    .map((investor) => ({ ...investor, score: engagementScore(investor, liveDocuments, now) }))
    .sort((a, b) => b.score - a.score || b.lastAt.localeCompare(a.lastAt))
  return { documents: byDocument, investors }
}

/**
 * 0–100: up to 60 for the share of the room's documents opened, up to 20 for repeated
 * downloads (2 each), 20 when active in the last 7 days or 10 in the last 30.
 */
export function engagementScore(
  investor: { documentsOpened: number; downloads: number; lastAt: string },
  liveDocuments: number,
  now: DateTime
) {
  const coverage = Math.min(1, investor.documentsOpened / Math.max(1, liveDocuments))
  const repeat = Math.min(20, 2 * Math.max(0, investor.downloads - investor.documentsOpened))
  const daysAgo = now.diff(DateTime.fromISO(investor.lastAt), 'days').days
  const recency = daysAgo <= 7 ? 20 : daysAgo <= 30 ? 10 : 0
  return Math.min(100, Math.round(coverage * 60 + repeat + recency))
}
