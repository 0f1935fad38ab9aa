import CreateBackup from '#actions/system/backups/create_backup'
import type { JobHandler } from '#jobs/payloads'

/**
 * Daily (BACKUP_SCHEDULE): one backup archive, then the retention. A failure throws, so
 * BullMQ retries it and, once the attempts are used, staff see it at /crm/jobs.
 * Idempotent enough: a rerun writes another complete archive and retention keeps one a day.
 */
export default class CreateBackupJob implements JobHandler<Record<string, never>> {
  async handle() {
    const { location, bytes, ms, manifest } = await new CreateBackup().handle()
    return { location, bytes, ms, files: manifest.files.length, missing: manifest.missingFiles }
  }
}
