import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'
import { safeStringify } from '@poppinss/utils/json'

export const appUrl = env.get('APP_URL')

/** Cookies are marked Secure (and HSTS sent) whenever the public address is https. */
export const servedOverHttps = appUrl.startsWith('https://')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  // Lets the outbox read the request id of the request that queued a job (app/services/outbox.ts).
  useAsyncLocalStorage: true,
  serializeJSON: serializeJson,
  // X-Forwarded-For is believed only from these proxies (proxy-addr: IPs, CIDRs or
  // loopback/linklocal/uniquelocal), so rate limits, consents, logs and data-room download
  // records get the client's real address. Default: loopback (a reverse proxy on this host).
  trustProxy: trustedProxies(env.get('TRUSTED_PROXIES')),
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: servedOverHttps,
    sameSite: 'lax',
  },
})

/**
 * Response bodies through V8's own JSON.stringify: the framework's default (a JavaScript
 * stringifier that also copes with cycles and bigints) was 9 % of a browse page's CPU.
 * Those two cases make JSON.stringify throw a TypeError; they still get the safe one.
 */
export function serializeJson(value: unknown) {
  try {
    return JSON.stringify(value)
  } catch (error) {
    if (error instanceof TypeError) return safeStringify(value)
    throw error
  }
}

/** `TRUSTED_PROXIES` as proxy-addr reads it (comma-separated); `none` trusts no proxy at all. */
function trustedProxies(value: string | undefined) {
  const list = (value ?? '').trim()
  if (list === 'none') return false
  return list || 'loopback'
}
