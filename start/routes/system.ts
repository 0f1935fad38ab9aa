import app from '@adonisjs/core/services/app'
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
    // The staff's global search (Ctrl+K); JSON for the search box in the application layout.
    router.get('/search', [controllers.system.Search, 'index']).as('crm.search')
    // Any recorded e-mail in full, opened from a deal's timeline.
    router.get('/emails', [controllers.system.SentEmails, 'index']).as('crm.emails.index')
    router.get('/emails/:id', [controllers.system.SentEmails, 'show']).as('crm.emails.show')
    router
      .post('/jobs/:id/retry', [controllers.system.Jobs, 'retry'])
      .as('crm.jobs.retry')
      .where('id', /^[\w:.-]{1,200}$/) // a BullMQ job id, not a database id
  })
  .prefix('/crm')
  .use([...webMiddleware(), middleware.auth(), middleware.can({ ability: 'useCrm' })])

// The local mail preview: every message the app "sent", for demos and tests without SMTP.
// Never in production, where recorded e-mails are staff-only (/crm/emails).
if (!app.inProduction) {
  router
    .group(() => {
      router.get('/', [controllers.system.SentEmails, 'index']).as('dev.mail.index')
      router.get('/:id', [controllers.system.SentEmails, 'show']).as('dev.mail.show')
    })
    .prefix('/dev/mail')
    .use(webMiddleware())
}
