import env from '#start/env'
import { servedOverHttps } from '#config/app'
import { defineConfig, stores } from '@adonisjs/session'
import { failSoft } from '#services/fail_soft_session_store'
import { databaseSessions } from '#services/database_session_store'
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
    // PostgreSQL, the default (.env.example): sign-ins (and the CSRF secret kept in the
    // session) survive a Redis outage, so investors can still express interest (the outbox
    // delivers it later). A page view costs one primary-key read, the expiry is renewed at
    // most hourly (see the store): 170-240 µs, as much as Redis' GET + EXPIRE (160-235 µs);
    // /dashboard views took 12-15 ms with either store. PostgreSQL being down costs nothing
    // extra: no page renders without it anyway. Expired rows are deleted by the store itself
    // on 2% of session writes (one indexed DELETE): no scheduled job needed.
    // Every cookieless page view (crawlers, one-off visitors) stores a row for its CSRF
    // secret, so sessions without a sign-in live only `anonymousAge` (renewed after a quarter
    // of it): crawler traffic cannot grow the table for a week. Signed-in sessions (the auth
    // guard's `auth_web` key, config/auth.ts guard `web`) keep `age`; the cookie keeps `age`
    // too, an expired row just reads as no session (a form then gets the "page expired" flow).
    database: databaseSessions({
      tableName: 'sessions',
      gcProbability: 2,
      touchAfterSeconds: 3600,
      anonymousAge: '2h',
      signedInKey: 'auth_web',
    }),
    // While Redis is down, visitors get a fresh session instead of an error page.
    redis: failSoft(stores.redis({ connection: 'main' }), () => redisReachable('main')),
  },
})

export default sessionConfig
