import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { staff } from '#start/audiences'
import { apiThrottle } from '#start/limiter'

const { ApiDocs, Health, Jobs, Metrics, Sitemaps } = controllers.system

// Load balancers probe this without a session or CSRF cookie: up or down only, unless the
// caller sends the monitoring secret (app/services/monitoring_access.ts).
router.get('/health', [Health, 'show']).as('health.show')

// Search engines: robots.txt and the sitemap index with its files (no session, cacheable).
router.get('/robots.txt', [Sitemaps, 'robots']).as('robots.show')
router.get('/sitemap.xml', [Sitemaps, 'index']).as('sitemaps.index')
router
  .get('/sitemaps/:file', [Sitemaps, 'show'])
  .as('sitemaps.show')
  .where('file', /^[a-z0-9-]{1,40}\.xml$/)

// Prometheus scrapes this with the x-monitoring-secret header (404 without it).
router.get('/metrics', [Metrics, 'show']).as('metrics.show')

// The API's OpenAPI document, beside the API itself: no session, CSRF or auth.
router.get('/api/docs', [ApiDocs, 'show']).as('api.docs').use([middleware.forceJson(), apiThrottle])

staff(() => {
  // The detailed report for signed-in staff, through the session stack /health goes without.
  router.get('/health', [Health, 'show']).as('crm.health')
  // The jobs monitor: failed background jobs and their retry.
  router.get('/jobs', [Jobs, 'index']).as('crm.jobs.index')
  router
    .post('/jobs/:id/retry', [Jobs, 'retry'])
    .as('crm.jobs.retry')
    .where('id', /^[\w:.-]{1,200}$/) // a BullMQ job id, not a database id
}, '/crm')
