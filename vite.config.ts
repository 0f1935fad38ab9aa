import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'
import { fileURLToPath } from 'node:url'

const projectPath = (folder: string) => fileURLToPath(new URL(`./${folder}`, import.meta.url))

export default defineConfig({
  plugins: [
    vue(),
    tailwindcss(),
    adonisjs({ entryPoints: ['inertia/app.ts'], reload: ['resources/views/**/*.edge'] }),
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
  // @adonisjs/vite 6.0 builds the ssr environment too and overwrites the client
  // bundle with it (adonisjs/vite#44). SSR is off, so build the client only.
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
    },
  },
})
