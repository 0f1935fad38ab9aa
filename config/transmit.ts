import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'

/**
 * Server-sent events (the live kanban board). Broadcasts go through Redis so that a
 * move made in one web process, or by the worker, reaches browsers on every process.
 */
export default defineConfig({
  pingInterval: '25s',
  transport: {
    driver: redis({
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD') || undefined,
      keyPrefix: env.get('REDIS_KEY_PREFIX'),
    }),
    channel: `${env.get('REDIS_KEY_PREFIX')}transmit`,
  },
})
