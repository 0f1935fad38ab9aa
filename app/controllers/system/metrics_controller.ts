import type { HttpContext } from '@adonisjs/core/http'
import { canSeeInternals } from '#services/monitoring_access'
import { metricsRegistry } from '#services/metrics'

/** GET /metrics: Prometheus text format, for monitoring only (404 to anyone else). */
export default class MetricsController {
  async show(ctx: HttpContext) {
    if (!(await canSeeInternals(ctx))) return ctx.response.notFound('Not found')
    ctx.response.header('content-type', metricsRegistry.contentType)
    ctx.response.header('cache-control', 'no-store')
    return metricsRegistry.metrics()
  }
}
