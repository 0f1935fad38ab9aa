import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/**
 * Serves public/ only for URLs that can name a file there (they end in an extension:
 * /assets/app-1a2b.js, /favicon.svg). Page and API URLs never do, and asking the disk
 * about each of them (a stat per request) was ~2 % of a detail page's CPU.
 */
@inject()
export default class StaticFilesMiddleware {
  constructor(protected files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (!/\.[A-Za-z0-9]+$/.test(ctx.request.url())) return next()
    return this.files.handle(ctx, next)
  }
}
