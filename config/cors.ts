import { defineConfig } from '@adonisjs/cors'

// The public read-only API may be called from other sites; cookies are never sent cross-origin.
const corsConfig = defineConfig({
  enabled: true,
  origin: (requestOrigin) => !!requestOrigin,
  methods: ['GET', 'HEAD'],
  headers: true,
  exposeHeaders: [],
  credentials: false,
  maxAge: 90,
})

export default corsConfig
