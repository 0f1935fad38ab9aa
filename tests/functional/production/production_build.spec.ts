import { test } from '@japa/runner'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MessageBuilder } from '@adonisjs/core/helpers'
import { UserFactory, TEST_PASSWORD } from '#database/factories/user_factory'
import {
  ensureProductionBuild,
  startProductionApp,
  type ProductionApp,
} from '#tests/helpers/production_app'
import { removeRowsSince, snapshotTables, type TableSnapshot } from '#tests/helpers/committed_data'
import { WebClient } from '#tests/helpers/web_client'

/** Session rows in PostgreSQL whose (signed) data holds this user's sign-in. */
async function signedInSessions(userId: number) {
  const rows = await db.from('sessions').select('id', 'data', 'expires_at')
  return rows.filter((row) => {
    const values = new MessageBuilder().verify<Record<string, unknown>>(row.data, row.id)
    return values?.auth_web === userId
  })
}

/**
 * What only the production build does: Vite's hashed bundle served by @adonisjs/static,
 * the Inertia assets version from the build's manifest, sessions in PostgreSQL (the
 * default driver; in-process tests use memory sessions). The build runs as users run it.
 */
test.group('Production build', (group) => {
  let production: ProductionApp
  let snapshot: TableSnapshot

  group.setup(async () => {
    snapshot = await snapshotTables()
    const build = await ensureProductionBuild()
    console.log(
      `production build: ${build.built ? 'built' : 'build/ up to date'} in ${build.durationMs} ms`
    )
    production = await startProductionApp()
    console.log(`production build: web answered /health after ${production.startMs} ms`)
    return async () => {
      await production.stop()
      const leftovers = await removeRowsSince(snapshot)
      if (leftovers.length) throw new Error(`rows left behind in ${leftovers.join(', ')}`)
    }
  })
  group.each.timeout(60_000)

  test('/health answers 200 from the built server', async ({ assert }) => {
    const response = await new WebClient(production.url).request('GET', '/health')
    assert.equal(response.status, 200)
    assert.match(String(response.headers['content-type']), /application\/json/)
    assert.isObject(JSON.parse(response.body))
  })

  test('pages load the hashed bundle, served with its content type', async ({ assert }) => {
    const client = new WebClient(production.url)
    const page = await client.request('GET', '/', { headers: { accept: 'text/html' } })
    assert.equal(page.status, 200)
    // The production tags point at the build, never at a Vite dev server.
    assert.notInclude(page.body, '@vite/client')
    const script = page.body.match(/<script[^>]+src="(\/assets\/app-[\w-]+\.js)"/)?.[1]
    const style = page.body.match(/<link[^>]+href="(\/assets\/app-[\w-]+\.css)"/)?.[1]
    assert.isString(script, 'a hashed app-*.js in the page')
    assert.isString(style, 'a hashed app-*.css in the page')

    const js = await client.request('GET', script!)
    assert.equal(js.status, 200)
    assert.match(String(js.headers['content-type']), /^(application|text)\/javascript/)
    assert.isAbove(js.body.length, 10_000, 'the client bundle, not the 0.6 kB SSR stub')
    assert.equal(
      js.body,
      await readFile(app.makePath('build', script!.replace(/^\//, 'public/')), 'utf8')
    )
    const css = await client.request('GET', style!)
    assert.equal(css.status, 200)
    assert.match(String(css.headers['content-type']), /^text\/css/)
    assert.isString(js.headers.etag)

    // Revalidation: the ETag lets a browser keep its copy.
    const again = await client.request('GET', script!, {
      headers: { 'if-none-match': String(js.headers.etag) },
    })
    assert.equal(again.status, 304)

    const icon = await client.request('GET', '/favicon.svg')
    assert.equal(icon.status, 200)
    assert.match(String(icon.headers['content-type']), /^image\/svg\+xml/)

    const missing = await client.request('GET', '/assets/app-doesnotexist.js')
    assert.equal(missing.status, 404)
    // Hashed names never change content: cached for a year without revalidation.
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.notEqual(icon.headers['cache-control'], 'public, max-age=31536000, immutable')

    // Precompressed at build time: Brotli, else gzip, same bytes once decoded.
    const brotli = await client.request('GET', script!, { headers: { 'accept-encoding': 'br' } })
    assert.equal(brotli.headers['content-encoding'], 'br')
    assert.match(String(brotli.headers['content-type']), /^text\/javascript/)
    assert.equal(brotliDecompressSync(brotli.bytes).toString('utf8'), js.body)
    assert.isBelow(brotli.bytes.length, js.bytes.length / 2)
    const gzipped = await client.request('GET', script!, {
      headers: { 'accept-encoding': 'gzip, deflate' },
    })
    assert.equal(gzipped.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(gzipped.bytes).toString('utf8'), js.body)
    assert.include(String(gzipped.headers.vary), 'Accept-Encoding')
    console.log(
      `production build: ${script} ${js.bytes.length} B, gzip ${gzipped.bytes.length} B, br ${brotli.bytes.length} B`
    )
  })

  test('the build holds the client bundle and the server-rendering bundle, the latter never served', async ({
    assert,
  }) => {
    const client = new WebClient(production.url)
    const clientManifest = JSON.parse(
      await readFile(app.makePath('build/public/assets/.vite/manifest.json'), 'utf8')
    ) as Record<string, { file: string; isEntry?: boolean }>
    const entry = clientManifest['inertia/app.ts']
    assert.isTrue(entry.isEntry)
    assert.notInclude(entry.file, 'server/')
    const clientEntry = await readFile(app.makePath('build/public/assets', entry.file), 'utf8')
    assert.isAbove(clientEntry.length, 10_000, 'the client bundle, not an SSR stub')
    assert.notInclude(clientEntry, 'vue/server-renderer')

    const serverManifest = JSON.parse(
      await readFile(app.makePath('build/public/assets/server/.vite/manifest.json'), 'utf8')
    ) as Record<string, { file: string }>
    const serverEntry = serverManifest['inertia/ssr.ts'].file
    assert.isTrue(existsSync(app.makePath('build/public/assets/server', serverEntry)))
    const served = await client.request('GET', `/assets/server/${serverEntry}`)
    assert.equal(served.status, 404)
  })

  test('public pages arrive rendered on the server and compressed', async ({ assert }) => {
    const client = new WebClient(production.url)
    const page = await client.request('GET', '/opportunities?lang=sr-Cyrl', {
      headers: { 'accept': 'text/html', 'accept-encoding': 'br, gzip' },
    })
    assert.equal(page.status, 200)
    assert.equal(page.headers['content-encoding'], 'br')
    const html = brotliDecompressSync(page.bytes).toString('utf8')
    assert.include(html, 'data-server-rendered="true"')
    assert.include(html, 'hreflang="sr-Latn"')
    assert.match(html, /<h1[^>]*>[^<]+/)
    assert.isBelow(page.bytes.length, Buffer.byteLength(html) / 3)

    // An Inertia visit's JSON (the page's filter choices make it several kB).
    const { version } = WebClient.page(html)
    const json = await client.request('GET', '/opportunities', {
      headers: { 'accept-encoding': 'gzip', 'x-inertia': 'true', 'x-inertia-version': version! },
    })
    assert.equal(json.status, 200)
    assert.equal(json.headers['content-encoding'], 'gzip')
    assert.equal(
      JSON.parse(gunzipSync(json.bytes).toString('utf8')).component,
      'opportunities/index'
    )
  })

  test('the assets version comes from the build manifest; a stale one gets 409 and a location', async ({
    assert,
  }) => {
    const client = new WebClient(production.url)
    const page = await client.request('GET', '/opportunities', { headers: { accept: 'text/html' } })
    const { version } = WebClient.page(page.body)
    const manifest = await readFile(app.makePath('build/public/assets/.vite/manifest.json'))
    assert.equal(version, createHash('md5').update(manifest).digest('hex'))

    const current = await client.request('GET', '/opportunities', {
      headers: { 'x-inertia': 'true', 'x-inertia-version': version! },
    })
    assert.equal(current.status, 200)
    assert.equal(JSON.parse(current.body).component, 'opportunities/index')

    const stale = await client.request('GET', '/opportunities?q=solar', {
      headers: { 'x-inertia': 'true', 'x-inertia-version': 'a-build-from-last-week' },
    })
    assert.equal(stale.status, 409)
    assert.equal(stale.headers['x-inertia-location'], '/opportunities?q=solar')
  })

  test('signing in through the form keeps the session in PostgreSQL; signing out deletes it', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const client = new WebClient(production.url)
    const signedIn = await client.login(user.email, TEST_PASSWORD)
    assert.equal(signedIn.headers.location, '/dashboard')

    assert.isString(client.cookies.get('most-session'))
    const rows = await signedInSessions(user.id)
    assert.lengthOf(rows, 1)
    // Signed in: the long lifetime (anonymous rows get two hours).
    assert.isAbove(new Date(rows[0].expires_at).getTime(), Date.now() + 6 * 24 * 3600_000)

    const dashboard = await client.request('GET', '/dashboard', {
      headers: { accept: 'text/html' },
    })
    assert.equal(dashboard.status, 200)
    const props = WebClient.page(dashboard.body).props as { user?: { email?: string } }
    assert.equal(props.user?.email, user.email)

    const out = await client.request('POST', '/logout', {
      csrf: true,
      headers: { accept: 'text/html' },
    })
    assert.equal(out.status, 302)
    assert.lengthOf(await signedInSessions(user.id), 0)
    const after = await client.request('GET', '/dashboard', { headers: { accept: 'text/html' } })
    assert.equal(after.status, 302)
    assert.equal(after.headers.location, '/login')
  })
})
