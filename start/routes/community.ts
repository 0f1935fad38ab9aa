import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { webMiddleware } from '#start/kernel'

// The community around the marketplace: the regional directory and the open figures.
router
  .group(() => {
    router.get('/directory', [controllers.Directory, 'index']).as('directory.index')
    router.get('/figures', [controllers.PublicFigures, 'index']).as('figures.index')
  })
  .use(webMiddleware())
