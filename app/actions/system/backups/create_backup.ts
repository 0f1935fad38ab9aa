import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { backupConfig, fileReferences } from '#config/backup'
import {
  DUMP,
  FILES_DIR,
  MANIFEST,
  MANIFEST_CHECKSUM,
  backupName,
  backupsToPrune,
  isSafeKey,
  sha256,
  sha256OfFile,
  type BackupManifest,
} from '#services/backup_archive'
import { backupStore, type BackupStore } from '#services/backup_store'
import { postgresBinary, runPostgresTool } from '#services/postgres_tools'

/**
 * `node ace backup:create` and the daily `backups:create` job: one tar archive holding a
 * pg_dump (custom format), every Drive file the database references, and a manifest with
 * row counts and sha256 checksums. Row counts, the file list and the dump all come from one
 * exported snapshot, so they describe the same moment even while the app keeps writing.
 */
export default class CreateBackup {
  async handle(options: { now?: Date; store?: BackupStore; prune?: boolean } = {}) {
    const now = options.now ?? new Date()
    const store = options.store ?? backupStore()
    const name = backupName(now)
    const started = performance.now()
    await mkdir(app.makePath('tmp'), { recursive: true })
    const staging = await mkdtemp(app.makePath('tmp', 'backup-'))
    try {
      const manifest = await this.collect(staging, now)
      const manifestJson = JSON.stringify(manifest, null, 2)
      await writeFile(join(staging, MANIFEST), manifestJson)
      await writeFile(join(staging, MANIFEST_CHECKSUM), `${sha256(manifestJson)}  ${MANIFEST}\n`)

      const archive = join(staging, name)
      const entries = [MANIFEST, MANIFEST_CHECKSUM, DUMP]
      if (manifest.files.length) entries.push(FILES_DIR)
      await tar.create({ file: archive, cwd: staging, portable: true }, entries)
      const { size } = await stat(archive)
      const location = await store.save(archive, name)

      const pruned = options.prune === false ? [] : await this.prune(store)
      const result = {
        location,
        bytes: size,
        ms: Math.round(performance.now() - started),
        manifest,
        pruned,
      }
      logger.info(
        { backup: location, bytes: size, ms: result.ms, files: manifest.files.length, pruned },
        'backup written'
      )
      return result
    } finally {
      // A refused extraction may still be flushing entries: retry, and never hide the real error.
      await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
        (error) => logger.warn({ err: error, staging }, 'backup staging folder left behind')
      )
    }
  }

  protected async collect(staging: string, now: Date): Promise<BackupManifest> {
    const trx = await db.transaction({ isolationLevel: 'repeatable read' })
    try {
      const { rows } = await trx.rawQuery('select pg_export_snapshot() as snapshot')
      const dumpPath = join(staging, DUMP)
      // pg_dump joins the snapshot; the transaction must stay open until it has finished.
      const dumped = runPostgresTool(await postgresBinary('pg_dump'), [
        '--format=custom',
        `--snapshot=${rows[0].snapshot}`,
        `--file=${dumpPath}`,
      ])
      // One connection runs one query at a time: these follow each other while pg_dump works.
      const readSnapshot = async () =>
        [
          await this.rowCounts(trx),
          await this.schemaVersion(trx),
          await this.referencedKeys(trx),
        ] as const
      const [, [rowCounts, schemaVersion, keys]] = await Promise.all([dumped, readSnapshot()])
      await trx.commit()

      const { files, missingFiles } = await this.copyFiles(keys, join(staging, FILES_DIR))
      return {
        format: 1,
        createdAt: now.toISOString(),
        schemaVersion,
        database: {
          file: DUMP,
          bytes: (await stat(dumpPath)).size,
          sha256: await sha256OfFile(dumpPath),
        },
        rowCounts,
        files,
        missingFiles,
      }
    } catch (error) {
      if (!trx.isCompleted) await trx.rollback()
      throw error
    }
  }

  protected async rowCounts(trx: TransactionClientContract) {
    const { rows } = await trx.rawQuery(
      `select tablename from pg_tables where schemaname = 'public' order by tablename`
    )
    const counts: Record<string, number> = {}
    for (const { tablename } of rows as { tablename: string }[]) {
      const [row] = await trx.from(tablename).count('* as total')
      counts[tablename] = Number(row.total)
    }
    return counts
  }

  protected async schemaVersion(trx: TransactionClientContract) {
    const row = await trx.from('adonis_schema').orderBy('id', 'desc').select('name').first()
    return (row?.name as string | undefined) ?? null
  }

  protected async referencedKeys(trx: TransactionClientContract) {
    const keys = new Set<string>()
    for (const { table, column } of fileReferences) {
      const rows = await trx.from(table).whereNotNull(column).distinct(column)
      for (const row of rows) keys.add(row[column])
    }
    return [...keys].sort()
  }

  /** Copies through the Drive API, so the same code reads the local disk and S3. */
  protected async copyFiles(keys: string[], directory: string) {
    const disk = drive.use()
    const files: BackupManifest['files'] = []
    const missingFiles: string[] = []
    const queue = [...keys]
    const copyOne = async (key: string) => {
      if (!isSafeKey(key)) {
        logger.warn({ key }, 'backup skips a stored path that would leave its folder')
        missingFiles.push(key)
        return
      }
      if (!(await disk.exists(key))) {
        logger.warn({ key }, 'backup: referenced file is missing from storage')
        missingFiles.push(key)
        return
      }
      const target = join(directory, key)
      await mkdir(dirname(target), { recursive: true })
      const hash = createHash('sha256')
      let bytes = 0
      const measure = new Transform({
        transform(chunk, _encoding, callback) {
          hash.update(chunk)
          bytes += chunk.length
          callback(null, chunk)
        },
      })
      await pipeline(await disk.getStream(key), measure, createWriteStream(target))
      files.push({ key, bytes, sha256: hash.digest('hex') })
    }
    const copyNext = async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) await copyOne(key)
    }
    // A few at a time: S3 round trips dominate, the local disk does not mind.
    await Promise.all(Array.from({ length: 8 }, copyNext))
    files.sort((a, b) => a.key.localeCompare(b.key))
    return { files, missingFiles: missingFiles.sort() }
  }

  protected async prune(store: BackupStore) {
    const names = await store.list()
    const doomed = backupsToPrune(names, backupConfig.keepDaily, backupConfig.keepWeekly)
    for (const name of doomed) await store.remove(name)
    return doomed
  }
}
