import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

/*
| Matching and alerts: investors' saved searches, the signed unsubscribe link of
| alert e-mails, and the staff view of the investors a listing suits best.
*/
router
  .group(() => {
    // Alert e-mails carry a signed link: no account or login needed to unsubscribe.
    router
      .get('/alerts/unsubscribe/:id', [controllers.investors.AlertUnsubscribe, 'show'])
      .as('alerts.unsubscribe')
    router
      .post('/alerts/unsubscribe/:id', [controllers.investors.AlertUnsubscribe, 'store'])
      .as('alerts.unsubscribe.store')

    router
      .group(() => {
        router
          .get('/searches', [controllers.investors.SavedSearches, 'index'])
          .as('investor.searches')
        router
          .post('/searches', [controllers.investors.SavedSearches, 'store'])
          .as('investor.searches.store')
        router
          .put('/searches/:id', [controllers.investors.SavedSearches, 'update'])
          .as('investor.searches.update')
        router
          .delete('/searches/:id', [controllers.investors.SavedSearches, 'destroy'])
          .as('investor.searches.destroy')
      })
      .prefix('/investor')
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    router
      .group(() => {
        router
          .get('/opportunities/:id/matches', [controllers.opportunities.staff.Matches, 'index'])
          .as('staff.opportunities.matches')
        router
          .post('/opportunities/:id/invitations', [
            controllers.opportunities.staff.Matches,
            'invite',
          ])
          .as('staff.opportunities.invite')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
