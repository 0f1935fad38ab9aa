import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/**
 * Other sites may call the public read-only API from a browser only when listed in
 * CORS_ORIGINS (exact origins, comma-separated); by default none is. A request's Origin is
 * never reflected on its own say-so, and cookies are never sent cross-origin.
 */
const allowedOrigins = (env.get('CORS_ORIGINS') ?? '')
  .split(',')
  .map((origin) => origin.trim().replace(/\/+$/, ''))
  .filter(Boolean)

const corsConfig = defineConfig({
  enabled: allowedOrigins.length > 0,
  origin: allowedOrigins,
  methods: ['GET', 'HEAD'],
  headers: true,
  exposeHeaders: [],
  credentials: false,
  maxAge: 90,
})

export default corsConfig
