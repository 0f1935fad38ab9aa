import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

// Trust: the member's data exports and the admins' audit log.
router
  .group(() => {
    router
      .group(() => {
        router
          .post('/account/exports', [controllers.trust.DataExports, 'store'])
          .as('account.exports.store')
        router
          .get('/account/exports/:id/download', [controllers.trust.DataExports, 'download'])
          .as('account.exports.download')
      })
      .use(middleware.auth())

    router
      .group(() => {
        router.get('/audit', [controllers.trust.Audit, 'index']).as('admin.audit')
      })
      .prefix('/admin')
      .use([middleware.auth(), middleware.can({ ability: 'administer' })])
  })
  .use(webMiddleware())
