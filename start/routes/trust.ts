import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { admins, members } from '#start/audiences'

const { Audit, DataExports } = controllers.trust

// Trust: the member's data exports and the admins' audit log.
members(() => {
  router.post('/account/exports', [DataExports, 'store']).as('account.exports.store')
  router
    .get('/account/exports/:id/download', [DataExports, 'download'])
    .as('account.exports.download')
})

admins(() => {
  router.get('/audit', [Audit, 'index']).as('admin.audit')
}, '/admin')
