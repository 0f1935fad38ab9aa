import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'

// Load balancers probe this without a session or CSRF cookie.
router.get('/health', [controllers.Health, 'show']).as('health.show')
