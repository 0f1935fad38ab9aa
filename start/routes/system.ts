import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

// Load balancers probe this without a session or CSRF cookie: up or down only, unless the
// caller sends the monitoring secret (app/services/monitoring_access.ts).
router.get('/health', [controllers.system.Health, 'show']).as('health.show')

// The detailed report for signed-in staff, through the session stack /health goes without.
router
  .get('/crm/health', [controllers.system.Health, 'show'])
  .as('crm.health')
  .use([...webMiddleware(), middleware.auth(), middleware.can({ ability: 'useCrm' })])

// Prometheus scrapes this with the x-monitoring-secret header (404 without it).
router.get('/metrics', [controllers.system.Metrics, 'show']).as('metrics.show')
