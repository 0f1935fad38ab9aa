import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'

export const appUrl = env.get('APP_URL')

/** Cookies are marked Secure (and HSTS sent) whenever the public address is https. */
export const servedOverHttps = appUrl.startsWith('https://')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  // Lets the outbox read the request id of the request that queued a job (app/services/outbox.ts).
  useAsyncLocalStorage: true,
  // Behind a load balancer the client IP (rate limits, audit) comes from X-Forwarded-For.
  trustProxy: () => true,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: servedOverHttps,
    sameSite: 'lax',
  },
})
