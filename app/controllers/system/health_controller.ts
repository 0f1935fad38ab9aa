import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'
import { canSeeInternals } from '#services/monitoring_access'

/**
 * GET /health for load balancers: 200 `{"status":"up"}` when PostgreSQL and Redis answer,
 * 503 `{"status":"down"}` otherwise. The checks' details (versions, heap, disk, pid) only
 * for monitoring with the secret header, or staff at /crm/health.
 */
export default class HealthController {
  async show(ctx: HttpContext) {
    const report = await healthChecks.run()
    ctx.response.status(report.isHealthy ? 200 : 503)
    if (await canSeeInternals(ctx)) return report
    return { status: report.isHealthy ? 'up' : 'down' }
  }
}
