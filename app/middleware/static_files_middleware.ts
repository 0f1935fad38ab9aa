import { existsSync } from 'node:fs'
import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** Whether public/<url> exists, asked once per URL (built assets do not change while running). */
const present = new Map<string, boolean>()
function publicFileExists(url: string) {
  let known = present.get(url)
  if (known === undefined) {
    known = existsSync(app.publicPath(url.slice(1)))
    if (present.size < 5000) present.set(url, known)
  }
  return known
}

/** The encoding to send a precompressed asset in: Brotli, then gzip, when the client takes it. */
function acceptedEncoding(ctx: HttpContext) {
  const accepted = String(ctx.request.header('accept-encoding') ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gz'
  return null
}

/**
 * Serves public/ only for URLs that can name a file there (they end in an extension:
 * /assets/app-1a2b.js, /favicon.svg). Page and API URLs never do, and asking the disk
 * about each of them (a stat per request) was ~2 % of a detail page's CPU. Built assets
 * go out precompressed (`.br`/`.gz` written by the Vite build) to clients that accept it;
 * the server-side bundle (public/assets/server) is never served.
 */
@inject()
export default class StaticFilesMiddleware {
  constructor(protected files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    const url = ctx.request.url()
    if (!/\.[A-Za-z0-9]+$/.test(url) || url.startsWith('/assets/server/')) return next()
    // Only plain built file names (no escapes, no sub-folders) have a precompressed twin.
    if (/^\/assets\/[\w.-]+\.(js|css|svg|json)$/.test(url)) {
      const encoding = acceptedEncoding(ctx)
      if (encoding && publicFileExists(`${url}.${encoding}`)) {
        const raw = ctx.request.request.url!
        const query = raw.indexOf('?')
        ctx.request.request.url =
          query === -1
            ? `${raw}.${encoding}`
            : `${raw.slice(0, query)}.${encoding}${raw.slice(query)}`
      }
    }
    return this.files.handle(ctx, next)
  }
}
