import env from '#start/env'
import app from '@adonisjs/core/services/app'

/**
 * Backups (`node ace backup:create`, the worker's daily `backups:create`): where archives go
 * and how many are kept. An S3 bucket, when set, wins over the folder.
 */
export const backupConfig = {
  directory:
    env.get('BACKUP_DIR') || app.makePath('storage', app.inTest ? 'test-backups' : 'backups'),
  s3Bucket: env.get('BACKUP_S3_BUCKET') || null,
  keepDaily: env.get('BACKUP_KEEP_DAILY') ?? 7,
  keepWeekly: env.get('BACKUP_KEEP_WEEKLY') ?? 4,
  schedule: env.get('BACKUP_SCHEDULE') || '30 2 * * *',
  pgBinDir: env.get('PG_BIN_DIR') || null,
}

/**
 * Columns holding Drive keys: a backup carries exactly the files these rows reference.
 * A new column that stores a file must be added here (the restore drill would miss it).
 */
export const fileReferences = [
  { table: 'opportunity_documents', column: 'file_path' },
  { table: 'opportunities', column: 'cover_image_path' },
  { table: 'success_stories', column: 'photo_path' },
  { table: 'data_exports', column: 'file_path' },
  { table: 'inbound_mail_attachments', column: 'file_path' },
] as const
