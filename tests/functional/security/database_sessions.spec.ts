import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import type { ResolvedSessionConfig } from '@adonisjs/session/types'
import sessionConfig from '#config/session'
import { TEST_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { DatabaseSessionStore } from '#services/database_session_store'
import { countQueries } from '#tests/helpers/queries'
import { cookieJar } from '#tests/helpers/cookie_jar'

/**
 * The PostgreSQL session store (SESSION_DRIVER=database) against the real `sessions`
 * table: what a page view costs, when the expiry is renewed, expired and tampered rows,
 * and the short lifetime of sessions without a sign-in.
 * (Signed in through a Redis outage with it: faults.spec.ts.)
 */
const DAY = 24 * 3600
const HOUR = 3600
const store = () =>
  new DatabaseSessionStore(db.connection(), 7 * DAY, {
    tableName: 'sessions',
    gcProbability: 0,
    touchAfterSeconds: 3600,
  })
/** As configured (config/session.ts): sessions without `auth_web` live 2 hours. */
const splitStore = (gcProbability = 0) =>
  new DatabaseSessionStore(db.connection(), 7 * DAY, {
    tableName: 'sessions',
    gcProbability,
    touchAfterSeconds: 3600,
    anonymousTtlSeconds: 2 * HOUR,
    signedInKey: 'auth_web',
  })

/** Moves a row's expiry `seconds` into the past, as if that much time had gone by. */
async function age(id: string, seconds: number) {
  await db
    .from('sessions')
    .where('id', id)
    .update({ expires_at: new Date((await expiresAt(id)) - seconds * 1000) })
}

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

test.group('Database sessions: anonymous ones are short-lived', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a session without a sign-in expires after 2 hours, a signed-in one after 7 days', async ({
    assert,
  }) => {
    await splitStore().write('s-anon', { csrf: 'secret' })
    await splitStore().write('s-user', { auth_web: 7, csrf: 'secret' })
    assert.closeTo(await expiresAt('s-anon'), Date.now() + 2 * HOUR * 1000, 60_000)
    assert.closeTo(await expiresAt('s-user'), Date.now() + 7 * DAY * 1000, 60_000)
  })

  test('logging in lengthens the session, logging out shortens it again', async ({ assert }) => {
    // Login: the session is regenerated (new id) and written holding the user id.
    await splitStore().write('s-before-login', { csrf: 'secret' })
    const login = splitStore()
    await login.read('s-before-login')
    await login.destroy('s-before-login')
    await login.write('s-after-login', { csrf: 'secret', auth_web: 7 })
    assert.closeTo(await expiresAt('s-after-login'), Date.now() + 7 * DAY * 1000, 60_000)

    // Logout: the guard forgets the key, the same row is rewritten without it.
    const logout = splitStore()
    await logout.read('s-after-login')
    await logout.write('s-after-login', { csrf: 'secret' })
    assert.closeTo(await expiresAt('s-after-login'), Date.now() + 2 * HOUR * 1000, 60_000)
  })

  test('a short session is renewed after a quarter of its lifetime, not before', async ({
    assert,
  }) => {
    await splitStore().write('s-anon', { csrf: 'secret' })
    // 20 minutes old: under a quarter of 2 hours, the row is left alone.
    await age('s-anon', 20 * 60)
    const early = await expiresAt('s-anon')
    const first = splitStore()
    await first.read('s-anon')
    const sent = await statements(() => first.touch('s-anon'))
    assert.deepEqual(sent, [])
    assert.equal(await expiresAt('s-anon'), early)

    // 40 minutes old: renewed, to 2 hours (not 7 days).
    await age('s-anon', 20 * 60)
    const later = splitStore()
    await later.read('s-anon')
    await later.touch('s-anon')
    assert.closeTo(await expiresAt('s-anon'), Date.now() + 2 * HOUR * 1000, 60_000)

    // A signed-in session 40 minutes old is not renewed (hourly), and then to 7 days.
    await splitStore().write('s-user', { auth_web: 7 })
    await age('s-user', 40 * 60)
    const user = splitStore()
    await user.read('s-user')
    assert.deepEqual(await statements(() => user.touch('s-user')), [])
    await age('s-user', 30 * 60)
    const userLater = splitStore()
    await userLater.read('s-user')
    await userLater.touch('s-user')
    assert.closeTo(await expiresAt('s-user'), Date.now() + 7 * DAY * 1000, 60_000)
  })

  test('three hours on, garbage collection removes anonymous rows and keeps signed-in ones', async ({
    assert,
  }) => {
    await splitStore().write('s-crawler', { csrf: 'secret' })
    await splitStore().write('s-user', { auth_web: 7, csrf: 'secret' })
    await age('s-crawler', 3 * HOUR)
    await age('s-user', 3 * HOUR)

    assert.isNull(await splitStore().read('s-crawler'))
    await splitStore().write('s-crawler-again', { csrf: 'secret' })
    await age('s-crawler-again', 3 * HOUR)
    await splitStore(100).write('s-trigger', { csrf: 'secret' })
    assert.notExists(await db.from('sessions').where('id', 's-crawler').first())
    assert.notExists(await db.from('sessions').where('id', 's-crawler-again').first())
    assert.deepEqual(await splitStore().read('s-user'), { auth_web: 7, csrf: 'secret' })
  })
})

/**
 * Through the HTTP stack, with the session middleware switched to the database store as
 * configured (tests otherwise keep sessions in memory, .env.test).
 */
test.group('Database sessions over HTTP', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(async () => {
    const config = await configProvider.resolve<ResolvedSessionConfig>(app, sessionConfig)
    const emitter = await app.container.make('emitter')
    app.container.swap(
      SessionMiddleware,
      () => new SessionMiddleware({ ...config!, store: 'database' }, emitter)
    )
    return () => app.container.restore(SessionMiddleware)
  })

  /** A cookie jar that posts with the XSRF token, like the Inertia client. */
  function browser() {
    const jar = cookieJar()
    const cookies = jar.cookies
    return {
      ...jar,
      /** The row of the cookie's session (the cookie is `s:<base64url JSON>.<signature>`). */
      async sessionRow() {
        const cookie = decodeURIComponent(cookies.get('most-session') ?? '')
        const payload = cookie.replace(/^s:/, '').split('.')[0]
        const id = JSON.parse(Buffer.from(payload, 'base64url').toString()).message
        const row = await db.from('sessions').where('id', id).first()
        return row ? { id: row.id as string, expiresAt: new Date(row.expires_at).getTime() } : null
      },
    }
  }

  test('a visit stores a 2-hour row, login makes it 7 days, logout 2 hours again', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const visitor = browser()
    assert.equal((await visitor.request('/login')).status, 200)
    const anonymous = await visitor.sessionRow()
    assert.exists(anonymous)
    assert.closeTo(anonymous!.expiresAt, Date.now() + 2 * HOUR * 1000, 60_000)

    const login = await visitor.request('/login', {
      method: 'POST',
      json: { email: user.email, password: TEST_PASSWORD },
    })
    assert.equal(login.headers.get('location'), '/dashboard')
    const signedIn = await visitor.sessionRow()
    assert.notEqual(signedIn!.id, anonymous!.id)
    assert.closeTo(signedIn!.expiresAt, Date.now() + 7 * DAY * 1000, 60_000)
    assert.equal((await visitor.request('/dashboard')).status, 200)

    const logout = await visitor.request('/logout', { method: 'POST', json: {} })
    assert.equal(logout.status, 302)
    const after = await visitor.sessionRow()
    assert.exists(after)
    assert.closeTo(after!.expiresAt, Date.now() + 2 * HOUR * 1000, 60_000)
    assert.equal((await visitor.request('/dashboard')).status, 302)
  })

  test('a form posted after the anonymous row expired gets the "page expired" flow', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const visitor = browser()
    await visitor.request('/login')
    const anonymous = await visitor.sessionRow()
    await age(anonymous!.id, 3 * HOUR)

    const login = await visitor.request('/login', {
      method: 'POST',
      json: { email: user.email, password: TEST_PASSWORD },
    })
    // Shield finds no CSRF secret: back to the form with an error, nobody signed in.
    assert.equal(login.status, 302)
    assert.notEqual(login.headers.get('location'), '/dashboard')
    // The stale row was dropped; the id now holds a fresh 2-hour session with the flash.
    const fresh = await visitor.sessionRow()
    assert.closeTo(fresh!.expiresAt, Date.now() + 2 * HOUR * 1000, 60_000)
    const next = await visitor.request(login.headers.get('location') ?? '/login')
    assert.equal(next.status, 200)
    // Shield's flash message (E_BAD_CSRF_TOKEN) is on the page the visitor is sent back to.
    assert.include(await next.text(), 'The form had expired')
    assert.equal((await visitor.request('/dashboard')).status, 302)

    // The form now carries the new secret's token: the retry signs in.
    const retry = await visitor.request('/login', {
      method: 'POST',
      json: { email: user.email, password: TEST_PASSWORD },
    })
    assert.equal(retry.headers.get('location'), '/dashboard')
  })
})
