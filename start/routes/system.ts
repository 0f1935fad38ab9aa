import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { apiThrottle } from '#start/limiter'

// Load balancers probe this without a session or CSRF cookie: up or down only, unless the
// caller sends the monitoring secret (app/services/monitoring_access.ts).
router.get('/health', [controllers.system.Health, 'show']).as('health.show')

// The detailed report for signed-in staff, through the session stack /health goes without.
router
  .get('/crm/health', [controllers.system.Health, 'show'])
  .as('crm.health')
  .use([...webMiddleware(), middleware.auth(), middleware.can({ ability: 'useCrm' })])

// Search engines: robots.txt and the sitemap index with its files (no session, cacheable).
router.get('/robots.txt', [controllers.system.Sitemaps, 'robots']).as('robots.show')
router.get('/sitemap.xml', [controllers.system.Sitemaps, 'index']).as('sitemaps.index')
router
  .get('/sitemaps/:file', [controllers.system.Sitemaps, 'show'])
  .as('sitemaps.show')
  .where('file', /^[a-z0-9-]{1,40}\.xml$/)

// Prometheus scrapes this with the x-monitoring-secret header (404 without it).
router.get('/metrics', [controllers.system.Metrics, 'show']).as('metrics.show')

// The API's OpenAPI document, beside the API itself: no session, CSRF or auth.
router
  .get('/api/docs', [controllers.system.ApiDocs, 'show'])
  .as('api.docs')
  .use([middleware.forceJson(), apiThrottle])

// The jobs monitor: failed background jobs and their retry (staff).
router
  .group(() => {
    router.get('/jobs', [controllers.system.Jobs, 'index']).as('crm.jobs.index')
    router
      .post('/jobs/:id/retry', [controllers.system.Jobs, 'retry'])
      .as('crm.jobs.retry')
      .where('id', /^[\w:.-]{1,200}$/) // a BullMQ job id, not a database id
  })
  .prefix('/crm')
  .use([...webMiddleware(), middleware.auth(), middleware.can({ ability: 'useCrm' })])
