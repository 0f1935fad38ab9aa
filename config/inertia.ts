import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/inertia'
import { isPublicPage } from '#services/public_pages'

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
    // Public pages arrive as HTML (search engines, link previews, first paint); the
    // signed-in areas render in the browser. A failed render falls back to the browser
    // (providers/inertia_ssr_provider.ts). Built through @adonisjs/vite serverEntryPoints.
    enabled: true,
    pages: (_ctx, page) => isPublicPage(page),
    entrypoint: 'inertia/ssr.ts',
  },
})

export default inertiaConfig
