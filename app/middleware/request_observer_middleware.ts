import { performance } from 'node:perf_hooks'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { httpDuration, httpRequests } from '#services/metrics'

/**
 * Every request, once its response is done (after the exception handler chose the
 * status): one JSON log line and the Prometheus request metrics. Labels and the log use
 * the route pattern, never the URL, so tokens in links and query strings stay out; the
 * user is an id, never an e-mail address; bodies are never logged.
 */
export default class RequestObserverMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const started = performance.now()
    const res = ctx.response.response
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000
      // 499 (nginx's convention): the client went away before the response was sent.
      const status = res.writableFinished ? res.statusCode : 499
      const route = ctx.route?.pattern ?? '(unmatched)'
      const method = ctx.request.method()
      const labels = { method, route, status: String(status) }
      httpRequests.inc(labels)
      httpDuration.observe(labels, seconds)
      const auth = (ctx as Partial<HttpContext>).auth
      ctx.logger.info(
        {
          method,
          route,
          status,
          duration_ms: Math.round(seconds * 10_000) / 10,
          user_id: auth?.user?.id ?? null,
        },
        'request'
      )
    })
    return next()
  }
}
