import { AsyncLocalStorage } from 'node:async_hooks'
import { performance } from 'node:perf_hooks'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'

interface RequestTiming {
  queries: number
}

const timings = new AsyncLocalStorage<RequestTiming>()
let listening = false

/**
 * With SERVER_TIMING=true every response carries a `Server-Timing` header: the server
 * time of the request and how many SQL queries it ran (browser dev tools show it; the
 * benchmarks read it). Off by default: it tells the outside how the app works inside.
 */
export default class ServerTimingMiddleware {
  enabled = env.get('SERVER_TIMING', false)

  async handle(ctx: HttpContext, next: NextFn) {
    if (!this.enabled) return next()
    if (!listening) {
      // Knex emits `query` in the caller's async context, so the store is the request's.
      db.connection()
        .getWriteClient()
        .on('query', () => {
          const timing = timings.getStore()
          if (timing) timing.queries++
        })
      listening = true
    }
    const timing: RequestTiming = { queries: 0 }
    const started = performance.now()
    await timings.run(timing, () => next())
    const duration = (performance.now() - started).toFixed(1)
    ctx.response.header('Server-Timing', `app;dur=${duration}, db;desc="queries=${timing.queries}"`)
  }
}
