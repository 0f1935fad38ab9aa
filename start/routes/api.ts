import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { apiThrottle } from '#start/limiter'

// The public read-only JSON API: no session, CSRF or auth on this path.
router
  .group(() => {
    router.get('/docs', [controllers.system.ApiDocs, 'show']).as('api.docs')
    router
      .get('/v1/opportunities', [controllers.opportunities.api.Opportunities, 'index'])
      .as('api.opportunities.index')
    router
      .get('/v1/opportunities/:slug', [controllers.opportunities.api.Opportunities, 'show'])
      .as('api.opportunities.show')
  })
  .prefix('/api')
  .use([middleware.forceJson(), apiThrottle])
