import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace backup:restore <archive>`: verifies the archive's checksums, then restores it
 * into the (empty) database named by DB_DATABASE and the (empty) Drive disk.
 */
export default class BackupRestore extends BaseCommand {
  static commandName = 'backup:restore'
  static description = 'Restore a backup archive into an empty database and file storage'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Path of the .tar archive written by backup:create' })
  declare archive: string

  async run() {
    const { default: RestoreBackup, BackupRefused } =
      await import('#actions/system/backups/restore_backup')
    try {
      const { manifest, ms } = await new RestoreBackup().handle({ archive: this.archive })
      this.logger.success(
        `Restored the backup of ${manifest.createdAt} (schema ${manifest.schemaVersion}, ${Object.keys(manifest.rowCounts).length} tables, ${manifest.files.length} files) in ${(ms / 1000).toFixed(1)} s; row counts match the manifest`
      )
    } catch (error) {
      const message = (error as Error).message
      this.logger.error(
        error instanceof BackupRefused
          ? `Restore refused: ${message}`
          : `Restore failed: ${message}`
      )
      this.exitCode = 1
    }
  }
}
