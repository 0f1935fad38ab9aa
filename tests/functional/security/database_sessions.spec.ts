import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { DatabaseSessionStore } from '#services/database_session_store'
import { countQueries } from '#tests/helpers/queries'

/**
 * The PostgreSQL session store (SESSION_DRIVER=database) against the real `sessions`
 * table: what a page view costs, when the expiry is renewed, expired and tampered rows.
 * (Signed in through a Redis outage with it: faults.spec.ts.)
 */
const DAY = 24 * 3600
const store = () =>
  new DatabaseSessionStore(db.connection(), 7 * DAY, {
    tableName: 'sessions',
    gcProbability: 0,
    touchAfterSeconds: 3600,
  })

async function expiresAt(id: string) {
  const row = await db.from('sessions').where('id', id).firstOrFail()
  return new Date(row.expires_at).getTime()
}

/** The SQL statements `work` sends, by their first word. */
async function statements(work: () => Promise<unknown>) {
  const { queries } = await countQueries(work)
  return queries.map((sql) => sql.trim().split(/\s/)[0].toLowerCase())
}

test.group('Database sessions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a stored session reads back; a fresh one is not rewritten by an ordinary request', async ({
    assert,
  }) => {
    await store().write('s-fresh', { auth_web: 7, csrf: 'secret' })
    const before = await expiresAt('s-fresh')
    assert.closeTo(before, Date.now() + 7 * DAY * 1000, 60_000)

    // A page view that changes nothing: one primary-key read, no write.
    const request = store()
    const sent = await statements(async () => {
      assert.deepEqual(await request.read('s-fresh'), { auth_web: 7, csrf: 'secret' })
      await request.touch('s-fresh')
    })
    assert.deepEqual(sent, ['select'])
    assert.equal(await expiresAt('s-fresh'), before)
  })

  test('the expiry is renewed once it is more than touchAfterSeconds old', async ({ assert }) => {
    await store().write('s-old', { auth_web: 7 })
    const twoHoursAgo = new Date(Date.now() + 7 * DAY * 1000 - 2 * 3600 * 1000)
    await db.from('sessions').where('id', 's-old').update({ expires_at: twoHoursAgo })

    const request = store()
    await request.read('s-old')
    await request.touch('s-old')
    assert.closeTo(await expiresAt('s-old'), Date.now() + 7 * DAY * 1000, 60_000)
  })

  test('expired and tampered rows read as no session; expired ones are deleted', async ({
    assert,
  }) => {
    await store().write('s-expired', { auth_web: 7 })
    await db
      .from('sessions')
      .where('id', 's-expired')
      .update({ expires_at: new Date(Date.now() - 1000) })
    assert.isNull(await store().read('s-expired'))
    assert.notExists(await db.from('sessions').where('id', 's-expired').first())

    // A row copied under another id does not verify (the id is the signature's purpose).
    await store().write('s-original', { auth_web: 7 })
    const original = await db.from('sessions').where('id', 's-original').firstOrFail()
    await db.table('sessions').insert({ ...original, id: 's-copy' })
    assert.isNull(await store().read('s-copy'))
    assert.isNull(await store().read('s-missing'))
  })

  test('destroy removes the row; garbage collection removes only expired rows', async ({
    assert,
  }) => {
    await store().write('s-gone', { auth_web: 7 })
    await store().destroy('s-gone')
    assert.notExists(await db.from('sessions').where('id', 's-gone').first())

    await store().write('s-stale', { auth_web: 8 })
    await db
      .from('sessions')
      .where('id', 's-stale')
      .update({ expires_at: new Date(Date.now() - 1000) })
    const collecting = new DatabaseSessionStore(db.connection(), 7 * DAY, {
      tableName: 'sessions',
      gcProbability: 100,
      touchAfterSeconds: 3600,
    })
    await collecting.write('s-live', { auth_web: 9 })
    assert.notExists(await db.from('sessions').where('id', 's-stale').first())
    assert.exists(await db.from('sessions').where('id', 's-live').first())
  })
})
