import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/inertia'

/**
 * The asset version of a production build, hashed once per process. Left to itself the
 * adapter hashes the Vite manifest again on every request (its cache lives on the
 * per-request Inertia instance): about 3% of the CPU of a page request under load.
 */
function assetsVersion() {
  const manifest = app.makePath('public/assets/.vite/manifest.json')
  if (!app.inProduction || !existsSync(manifest)) return undefined
  return createHash('md5').update(readFileSync(manifest)).digest('hex')
}

const inertiaConfig = defineConfig({
  rootView: 'inertia_layout',
  assetsVersion: assetsVersion(),
  ssr: {
    enabled: false,
    entrypoint: 'inertia/ssr.ts',
  },
})

export default inertiaConfig
