import env from '#start/env'
import { servedOverHttps } from '#config/app'
import { defineConfig, stores } from '@adonisjs/session'
import { failSoft } from '#services/fail_soft_session_store'
import { redisReachable } from '#services/redis_status'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'most-session',
  clearWithBrowser: false,
  age: '7d',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: servedOverHttps,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER'),
  stores: {
    cookie: stores.cookie(),
    // PostgreSQL: sign-ins (and the CSRF secret kept in the session) survive a Redis
    // outage. Expired rows are deleted by the store itself, on 2% of session writes
    // (one indexed DELETE on expires_at); no scheduled job needed.
    database: stores.database({ tableName: 'sessions', gcProbability: 2 }),
    // While Redis is down, visitors get a fresh session instead of an error page.
    redis: failSoft(stores.redis({ connection: 'main' }), () => redisReachable('main')),
  },
})

export default sessionConfig
