import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { staff, visitors } from '#start/audiences'

/*
| State investment incentives: the calculator on a listing (anyone who may see the
| listing) and the rules staff keep current.
*/
visitors(() => {
  router
    .get('/opportunities/:slug/incentives', [controllers.incentives.IncentiveEstimates, 'show'])
    .as('incentives.estimate')
})

staff(() => {
  const rules = controllers.incentives.staff.IncentiveRules
  router.get('/incentives', [rules, 'index']).as('staff.incentives.index')
  router.post('/incentives', [rules, 'store']).as('staff.incentives.store')
  router.put('/incentives/:id', [rules, 'update']).as('staff.incentives.update')
  router.delete('/incentives/:id', [rules, 'destroy']).as('staff.incentives.destroy')
}, '/staff')
