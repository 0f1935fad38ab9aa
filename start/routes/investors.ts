import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

/*
| Investors: the dashboard, the investor profile, saved searches and the signed
| unsubscribe link of alert e-mails.
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
      .get('/dashboard', [controllers.investors.Dashboard, 'show'])
      .as('dashboard')
      .use(middleware.auth())

    router
      .group(() => {
        router.get('/profile', [controllers.investors.Profile, 'edit']).as('investor.profile.edit')
        router
          .put('/profile', [controllers.investors.Profile, 'update'])
          .as('investor.profile.update')
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
  })
  .use(webMiddleware())
