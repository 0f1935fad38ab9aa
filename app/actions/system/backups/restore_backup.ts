import { createReadStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as tar from 'tar'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import {
  DUMP,
  FILES_DIR,
  MANIFEST,
  MANIFEST_CHECKSUM,
  isSafeKey,
  sha256,
  sha256OfFile,
  type BackupManifest,
} from '#services/backup_archive'
import { postgresBinary, runPostgresTool } from '#services/postgres_tools'

/** A restore that must not go ahead; the message says why, for the operator. */
export class BackupRefused extends Error {}

/**
 * `node ace backup:restore <archive>`: checks every checksum of the archive first, then
 * restores into the configured database and Drive disk, which must both be empty (a
 * restore never merges into live data), and finally compares the row counts.
 */
export default class RestoreBackup {
  async handle({ archive }: { archive: string }) {
    const started = performance.now()
    await mkdir(app.makePath('tmp'), { recursive: true })
    const staging = await mkdtemp(app.makePath('tmp', 'restore-'))
    try {
      await this.extract(archive, staging)
      const manifest = await this.verify(staging)
      await this.refuseUnlessEmpty()

      // Ownership and grants belong to the old server's roles; the restoring role owns all.
      // COMMENT ON EXTENSION needs the extension's owner (a superuser): left out of the list.
      const pgRestore = await postgresBinary('pg_restore')
      const dump = join(staging, DUMP)
      const contents = await runPostgresTool(pgRestore, ['--list', dump])
      const list = contents
        .split('\n')
        .filter((line) => !/ COMMENT - EXTENSION /.test(line))
        .join('\n')
      const listPath = join(staging, 'restore.list')
      await writeFile(listPath, list)
      await runPostgresTool(pgRestore, [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--use-list=${listPath}`,
        `--dbname=${env.get('DB_DATABASE')}`,
        dump,
      ])

      const disk = drive.use()
      for (const file of manifest.files) {
        await disk.putStream(file.key, createReadStream(join(staging, FILES_DIR, file.key)))
      }

      const mismatches = await this.compareRowCounts(manifest.rowCounts)
      if (mismatches.length) {
        throw new BackupRefused(
          `Restored row counts differ from the manifest: ${mismatches.join('; ')}`
        )
      }
      return { manifest, ms: Math.round(performance.now() - started) }
    } finally {
      // A refused extraction may still be flushing entries: retry, and never hide the real error.
      await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
        (error) => logger.warn({ err: error, staging }, 'restore staging folder left behind')
      )
    }
  }

  protected async extract(archive: string, staging: string) {
    try {
      await stat(archive)
    } catch {
      throw new BackupRefused(`No archive at ${archive}.`)
    }
    try {
      // strict: a damaged header or a truncated entry is an error, not a warning.
      await tar.extract({ file: archive, cwd: staging, strict: true })
    } catch (error) {
      throw new BackupRefused(
        `The archive is damaged: it cannot be read as a tar file (${(error as Error).message}).`
      )
    }
  }

  /** Every checksum before anything is written: a damaged archive restores nothing. */
  protected async verify(staging: string): Promise<BackupManifest> {
    let manifestJson: string
    let recorded: string
    try {
      manifestJson = await readFile(join(staging, MANIFEST), 'utf8')
      recorded = (await readFile(join(staging, MANIFEST_CHECKSUM), 'utf8')).split(/\s/)[0]
    } catch {
      throw new BackupRefused(
        `The archive is not a Most backup: ${MANIFEST} or its checksum is missing.`
      )
    }
    if (sha256(manifestJson) !== recorded) {
      throw new BackupRefused(`The archive is damaged: ${MANIFEST} does not match its checksum.`)
    }
    const manifest = JSON.parse(manifestJson) as BackupManifest
    if (manifest.format !== 1) {
      throw new BackupRefused(`Unknown backup format ${String(manifest.format)}.`)
    }

    const problems: string[] = []
    const check = async (label: string, path: string, expected: string, bytes: number) => {
      try {
        const size = (await stat(path)).size
        if (size !== bytes) problems.push(`${label} has ${size} bytes, the manifest says ${bytes}`)
        else if ((await sha256OfFile(path)) !== expected)
          problems.push(`${label} does not match its checksum`)
      } catch {
        problems.push(`${label} is missing`)
      }
    }
    await check(
      `the database dump (${DUMP})`,
      join(staging, DUMP),
      manifest.database.sha256,
      manifest.database.bytes
    )
    for (const file of manifest.files) {
      if (!isSafeKey(file.key)) {
        problems.push(
          `file ${JSON.stringify(file.key)} would be written outside the storage folder`
        )
        continue
      }
      await check(`file ${file.key}`, join(staging, FILES_DIR, file.key), file.sha256, file.bytes)
    }
    if (problems.length) {
      const shown = problems.slice(0, 5).join('; ')
      const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''
      throw new BackupRefused(`The archive is damaged, nothing was restored: ${shown}${more}.`)
    }
    return manifest
  }

  protected async refuseUnlessEmpty() {
    const database = env.get('DB_DATABASE')
    const { rows } = await db.rawQuery(
      `select count(*)::int as tables from pg_tables where schemaname = 'public'`
    )
    if (rows[0].tables > 0) {
      throw new BackupRefused(
        `The database "${database}" is not empty (${rows[0].tables} tables). A backup restores only into an empty database: create one (createdb) and point DB_DATABASE at it.`
      )
    }
    const { objects } = await drive.use().listAll('', { recursive: false })
    for (const object of objects) {
      throw new BackupRefused(
        `The file storage is not empty (found ${object.isFile ? 'file' : 'folder'} "${object.name}"). Restore into an empty folder or bucket (DRIVE_FS_ROOT or S3_BUCKET).`
      )
    }
  }

  protected async compareRowCounts(expected: Record<string, number>) {
    const mismatches: string[] = []
    for (const [table, count] of Object.entries(expected)) {
      const [row] = await db.from(table).count('* as total')
      if (Number(row.total) !== count) mismatches.push(`${table}: ${row.total} instead of ${count}`)
    }
    return mismatches
  }
}
