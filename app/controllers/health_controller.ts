import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'

/** GET /health for load balancers: 200 when PostgreSQL and Redis answer, 503 otherwise. */
export default class HealthController {
  async show({ response }: HttpContext) {
    const report = await healthChecks.run()
    return report.isHealthy ? response.ok(report) : response.serviceUnavailable(report)
  }
}
