import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'
import { fileURLToPath } from 'node:url'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const projectPath = (folder: string) => fileURLToPath(new URL(`./${folder}`, import.meta.url))

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const compressible = /\.(js|mjs|css|svg|json|txt|map)$/

/**
 * Writes `.br` and `.gz` beside every text asset of the client build, at the highest
 * levels (done once per build, not per request). The static files middleware sends them
 * to browsers that accept them. The server bundle is never sent to browsers: skipped.
 */
function precompressAssets(): Plugin {
  return {
    name: 'most:precompress-assets',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async writeBundle(options, bundle) {
      const outDir = options.dir!
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => compressible.test(file))
          .map(async (file) => {
            const path = join(outDir, file)
            const source = await readFile(path)
            if (source.length < 1024) return
            await Promise.all([
              brotli(source, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
                },
              }).then((compressed) => writeFile(`${path}.br`, compressed)),
              gzipAsync(source, { level: 9 }).then((compressed) =>
                writeFile(`${path}.gz`, compressed)
              ),
            ])
          })
      )
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    tailwindcss(),
    adonisjs({
      entryPoints: ['inertia/app.ts'],
      // Public pages are rendered on the server (config/inertia.ts); built into
      // public/assets/server, where vite.loadServerModule() looks (adonisjs/vite#42).
      serverEntryPoints: ['inertia/ssr.ts'],
      reload: ['resources/views/**/*.edge'],
    }),
    precompressAssets(),
  ],
  resolve: {
    alias: {
      '~/': fileURLToPath(new URL('./inertia/', import.meta.url)),
      '@generated/': fileURLToPath(new URL('./.adonisjs/client/', import.meta.url)),
      '@lang/': fileURLToPath(new URL('./resources/lang/', import.meta.url)),
    },
  },
  // In development and tests the Vite dev server answers for files under the project root;
  // uploads (storage/) and secrets must only ever leave through the app's checked routes.
  server: {
    fs: {
      // Anchored at the project: a bare `**/tmp/**` also denies everything of a checkout
      // that itself lives under /tmp (as CI's does).
      deny: [
        '.env',
        '.env.*',
        '*.{crt,pem,key}',
        '**/.git/**',
        `${projectPath('storage')}/**`,
        `${projectPath('tmp')}/**`,
      ],
    },
  },
  // The client bundle first, then the server one: the client build empties public/assets
  // (its outDir), the server bundle lives inside it (public/assets/server). Without
  // serverEntryPoints the ssr environment would overwrite the client (adonisjs/vite#44).
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
      await builder.build(builder.environments.ssr)
    },
  },
})
