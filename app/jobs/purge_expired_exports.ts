import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { JobHandler } from '#jobs/payloads'

/**
 * Daily: deletes "download my data" files whose link has expired (storage limitation:
 * a copy of someone's data is kept no longer than offered). Idempotent: the row loses
 * its file path once the file is gone, so a rerun finds nothing to do; a file that
 * cannot be deleted keeps its path and is tried again the next day.
 */
export default class PurgeExpiredExports implements JobHandler<{ now?: string }> {
  async handle(payload: { now?: string }) {
    const now = payload.now ? DateTime.fromISO(payload.now) : DateTime.now()
    const expired = await db
      .from('data_exports')
      .whereNotNull('file_path')
      .where('expires_at', '<=', now.toJSDate())
      .select('id', 'file_path')
    let purged = 0
    for (const row of expired) {
      try {
        await drive.use().delete(row.file_path)
      } catch (error) {
        logger.warn({ err: error, exportId: row.id }, 'expired export file not deleted')
        continue
      }
      await db.from('data_exports').where('id', row.id).update({ file_path: null })
      purged++
    }
    return { purged }
  }
}
