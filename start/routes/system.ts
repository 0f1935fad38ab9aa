import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'

// Load balancers probe this without a session or CSRF cookie.
router.get('/health', [controllers.Health, 'show']).as('health.show')

// Prometheus scrapes this with the x-monitoring-secret header (404 without it).
router.get('/metrics', [controllers.Metrics, 'show']).as('metrics.show')
