import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { investors, members, visitors } from '#start/audiences'

const { AlertUnsubscribe, Dashboard, Profile, SavedSearches } = controllers.investors

/*
| Investors: the dashboard, the investor profile, saved searches and the signed
| unsubscribe link of alert e-mails.
*/
visitors(() => {
  // Alert e-mails carry a signed link: no account or login needed to unsubscribe.
  router.get('/alerts/unsubscribe/:id', [AlertUnsubscribe, 'show']).as('alerts.unsubscribe')
  router.post('/alerts/unsubscribe/:id', [AlertUnsubscribe, 'store']).as('alerts.unsubscribe.store')
})

members(() => {
  router.get('/dashboard', [Dashboard, 'show']).as('dashboard')
})

investors(() => {
  router.get('/profile', [Profile, 'edit']).as('investor.profile.edit')
  router.put('/profile', [Profile, 'update']).as('investor.profile.update')
  router.get('/searches', [SavedSearches, 'index']).as('investor.searches')
  router.post('/searches', [SavedSearches, 'store']).as('investor.searches.store')
  router.put('/searches/:id', [SavedSearches, 'update']).as('investor.searches.update')
  router.delete('/searches/:id', [SavedSearches, 'destroy']).as('investor.searches.destroy')
}, '/investor')
