import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'
import { fileURLToPath } from 'node:url'

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
  // @adonisjs/vite 6.0 builds the ssr environment too and overwrites the client
  // bundle with it (adonisjs/vite#44). SSR is off, so build the client only.
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
    },
  },
})
