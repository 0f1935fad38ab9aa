import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace backup:create`: writes one archive (database dump + referenced files +
 * manifest) to BACKUP_DIR or BACKUP_S3_BUCKET, then applies the retention.
 */
export default class BackupCreate extends BaseCommand {
  static commandName = 'backup:create'
  static description = 'Back up the database and the stored files into one archive'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: CreateBackup } = await import('#actions/system/backups/create_backup')
    try {
      const result = await new CreateBackup().handle()
      const tables = Object.keys(result.manifest.rowCounts).length
      const rows = Object.values(result.manifest.rowCounts).reduce((sum, n) => sum + n, 0)
      this.logger.success(
        `Backup written: ${result.location} (${(result.bytes / 1_048_576).toFixed(1)} MB, ${tables} tables, ${rows} rows, ${result.manifest.files.length} files) in ${(result.ms / 1000).toFixed(1)} s`
      )
      if (result.manifest.missingFiles.length) {
        this.logger.warning(
          `${result.manifest.missingFiles.length} referenced files were missing from storage: ${result.manifest.missingFiles.slice(0, 5).join(', ')}`
        )
      }
      for (const name of result.pruned) this.logger.info(`Removed old backup ${name}`)
    } catch (error) {
      this.logger.error(`Backup failed: ${(error as Error).message}`)
      this.exitCode = 1
    }
  }
}
