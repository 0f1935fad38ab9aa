import { test } from '@japa/runner'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pg from 'pg'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import OpportunityDocument from '#models/opportunity_document'
import type { BackupManifest } from '#services/backup_archive'
import { committedRows } from '#tests/helpers/committed_rows'
import { Browser } from '#tests/helpers/http_browser'
import { freePort, runAce } from '#tests/helpers/ace_process'
import { startAppServer } from '#tests/helpers/app_server'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { listingAndInvestor } from '#tests/helpers/marketplace'

/**
 * The restore drill: committed data and files are backed up with `node ace backup:create`,
 * restored with `node ace backup:restore` into a fresh database and a fresh storage folder,
 * and compared table by table, file by file, and by a signed-in journey on the copy.
 */

function connect(database: string) {
  return new pg.Client({
    host: env.get('DB_HOST'),
    port: env.get('DB_PORT'),
    user: env.get('DB_USER'),
    password: env.get('DB_PASSWORD'),
    database,
  })
}

/** Every table's row count and the md5 of its rows in a fixed order. */
async function fingerprint(database: string) {
  const client = connect(database)
  await client.connect()
  try {
    const { rows: tables } = await client.query(
      `select tablename from pg_tables where schemaname = 'public' order by tablename`
    )
    const result: Record<string, { rows: number; md5: string }> = {}
    for (const { tablename } of tables as { tablename: string }[]) {
      const { rows } = await client.query(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum
           from "${tablename}" t`
      )
      result[tablename] = { rows: rows[0].n, md5: rows[0].sum }
    }
    return result
  } finally {
    await client.end()
  }
}

/** Offset of an entry's data in a tar file (ustar headers: name at 0, octal size at 124). */
function tarEntryOffset(archive: Buffer, name: string) {
  for (let offset = 0; offset + 512 <= archive.length;) {
    const header = archive.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const entry = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
    const size = Number.parseInt(header.subarray(124, 136).toString('utf8').trim() || '0', 8)
    if (entry === name) return { offset: offset + 512, size }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  throw new Error(`${name} not found in the archive`)
}

const sha = (data: Buffer | Uint8Array) => createHash('sha256').update(data).digest('hex')

test.group('Backups: the restore drill', () => {
  test('back up, refuse damaged copies, restore into a fresh database and storage; everything matches and an investor opens a data-room document', async ({
    assert,
  }) => {
    const source = env.get('DB_DATABASE')
    const target = `${source}_restore`
    const work = await mkdtemp(app.makePath('tmp', 'drill-'))
    const backupDir = join(work, 'backups')
    const storage = join(work, 'storage')
    await mkdir(storage)
    const prefix = `${env.get('REDIS_KEY_PREFIX')}drill:`
    const cleanup = await committedRows()
    const storedKeys: string[] = []
    let server: Awaited<ReturnType<typeof startAppServer>> | undefined
    await db.rawQuery(`drop database if exists "${target}" with (force)`)
    try {
      // Committed data: an investor who signed a listing's NDA, a data-room file, a picture.
      const { investor, opportunity } = await listingAndInvestor()
      const secretBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(40_000)])
      const secretKey = `opportunities/${opportunity.id}/data_room/drill-${opportunity.id}.pdf`
      const coverKey = `opportunities/${opportunity.id}/gallery/drill-${opportunity.id}.png`
      await drive.use().put(secretKey, secretBytes)
      await drive.use().put(coverKey, randomBytes(5_000))
      storedKeys.push(secretKey, coverKey)
      const secret = await OpportunityDocument.create({
        opportunityId: opportunity.id,
        kind: 'data_room',
        title: 'Site plan',
        filePath: secretKey,
        fileName: 'site-plan.pdf',
        mimeType: 'application/pdf',
        sizeBytes: secretBytes.length,
      })
      await OpportunityDocument.create({
        opportunityId: opportunity.id,
        kind: 'gallery',
        title: 'Aerial view',
        filePath: coverKey,
        fileName: 'aerial.png',
        mimeType: 'image/png',
        sizeBytes: 5_000,
      })
      const standardNda = await db.from('nda_versions').whereNull('organisation_id').firstOrFail()
      await db.table('nda_signatures').insert({
        nda_version_id: standardNda.id,
        user_id: investor.id,
        opportunity_id: opportunity.id,
        signer_name: investor.fullName,
        locale: 'en',
        document_hash: '0'.repeat(64),
        pdf_path: `nda/${opportunity.id}/drill.pdf`,
        signed_at: new Date(),
      })

      const created = await runAce(['backup:create'], { BACKUP_DIR: backupDir })
      assert.equal(created.code, 0, created.output)
      const [name] = await readdir(backupDir)
      assert.match(name, /^most-backup-\d{8}T\d{6}Z\.tar$/)
      const archivePath = join(backupDir, name)
      const archive = await readFile(archivePath)
      const before = await fingerprint(source)

      const manifestEntry = tarEntryOffset(archive, 'manifest.json')
      const manifest = JSON.parse(
        archive
          .subarray(manifestEntry.offset, manifestEntry.offset + manifestEntry.size)
          .toString('utf8')
      ) as BackupManifest
      assert.deepEqual(
        manifest.rowCounts,
        Object.fromEntries(Object.entries(before).map(([table, { rows }]) => [table, rows]))
      )
      assert.includeDeepMembers(manifest.files, [
        { key: secretKey, bytes: secretBytes.length, sha256: sha(secretBytes) },
      ])
      const [latest] = await db.from('adonis_schema').orderBy('id', 'desc').select('name')
      assert.equal(manifest.schemaVersion, latest.name)

      await db.rawQuery(`create database "${target}"`)
      const restoreEnv = { DB_DATABASE: target, DRIVE_FS_ROOT: storage }

      // Damaged copies are refused before anything is written, naming the part that failed.
      const damaged = async (label: string, offset: number) => {
        const copy = Buffer.from(archive)
        copy[offset] ^= 0xff
        const path = join(work, `damaged-${label}.tar`)
        await writeFile(path, copy)
        const result = await runAce(['backup:restore', path], restoreEnv)
        assert.equal(result.code, 1, result.output)
        return result.output
      }
      const dump = tarEntryOffset(archive, 'database.dump')
      assert.include(
        await damaged('dump', dump.offset + Math.floor(dump.size / 2)),
        'Restore refused: The archive is damaged, nothing was restored: the database dump (database.dump) does not match its checksum.'
      )
      const file = tarEntryOffset(archive, `files/${secretKey}`)
      assert.include(
        await damaged('file', file.offset + 100),
        `file ${secretKey} does not match its checksum`
      )
      assert.include(
        await damaged('manifest', manifestEntry.offset + 10),
        'manifest.json does not match its checksum'
      )
      assert.include(
        await damaged('header', dump.offset - 512 + 130),
        'cannot be read as a tar file'
      )
      assert.deepEqual(await fingerprint(target), {}, 'nothing was restored from a damaged archive')
      assert.deepEqual(await readdir(storage), [])

      const restored = await runAce(['backup:restore', archivePath], restoreEnv)
      assert.equal(restored.code, 0, restored.output)
      assert.include(restored.output, 'row counts match the manifest')

      // Every table: same rows, same content.
      assert.deepEqual(await fingerprint(target), before)
      // Every file: same bytes.
      for (const { key, sha256 } of manifest.files) {
        assert.equal(sha(await readFile(join(storage, key))), sha256, key)
      }

      // A second restore onto the now-filled copy is refused.
      const again = await runAce(['backup:restore', archivePath], restoreEnv)
      assert.equal(again.code, 1)
      assert.include(again.output, `The database "${target}" is not empty`)

      // The restored copy works: the investor signs in and downloads the data-room document.
      server = await startAppServer(await freePort(), {
        ...restoreEnv,
        REDIS_KEY_PREFIX: prefix,
        SESSION_DRIVER: 'database',
      })
      const browser = new Browser(server.url)
      const login = await browser.logIn(investor.email)
      assert.equal(login.headers.get('location'), '/dashboard', server.output())
      const download = await browser.request(`/documents/${secret.id}`)
      assert.equal(download.status, 200)
      assert.equal(sha(Buffer.from(await download.arrayBuffer())), sha(secretBytes))
    } finally {
      await server?.stop()
      await db.rawQuery(`drop database if exists "${target}" with (force)`)
      await clearTestRedisKeys(prefix)
      for (const key of storedKeys) await drive.use().delete(key)
      await cleanup()
      await rm(work, { recursive: true, force: true })
    }
  }).timeout(240_000)
})
