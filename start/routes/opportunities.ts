import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { investors, partners, staff, visitors } from '#start/audiences'
import { apiThrottle } from '#start/limiter'

const { Documents, NdaAcceptances, Opportunities, SavedOpportunities, api, partner } =
  controllers.opportunities

// The public read-only JSON API: no session, CSRF or auth on this path.
router
  .group(() => {
    router.get('/v1/opportunities', [api.Opportunities, 'index']).as('api.opportunities.index')
    router.get('/v1/opportunities/:slug', [api.Opportunities, 'show']).as('api.opportunities.show')
  })
  .prefix('/api')
  .use([middleware.forceJson(), apiThrottle])

/*
| Listings: the public marketplace, an investor's watchlist and NDA, a partner's listing
| form and lifecycle, and the staff review with the best-matching investors.
*/
visitors(() => {
  router.get('/opportunities', [Opportunities, 'index']).as('opportunities.index')
  router.get('/opportunities/:slug', [Opportunities, 'show']).as('opportunities.show')
  router.get('/opportunities/:slug/cover', [Opportunities, 'cover']).as('opportunities.cover')
  router
    .get('/opportunities/:slug/share.png', [Opportunities, 'shareImage'])
    .as('opportunities.share_image')
  router.get('/documents/:id', [Documents, 'show']).as('documents.show')
})

// Investors: watchlist and NDA
investors(() => {
  router.post('/opportunities/:slug/save', [SavedOpportunities, 'store']).as('opportunities.save')
  router
    .delete('/opportunities/:slug/save', [SavedOpportunities, 'destroy'])
    .as('opportunities.unsave')
  router.post('/opportunities/:slug/nda', [NdaAcceptances, 'store']).as('opportunities.nda')
  router.get('/investor/saved', [SavedOpportunities, 'index']).as('investor.saved')
})

// Partners: their listings
partners(() => {
  const listings = partner.Opportunities
  router.get('/opportunities', [listings, 'index']).as('partner.opportunities.index')
  router.get('/opportunities/new', [listings, 'create']).as('partner.opportunities.create')
  router.post('/opportunities', [listings, 'store']).as('partner.opportunities.store')
  router.get('/opportunities/:id/edit', [listings, 'edit']).as('partner.opportunities.edit')
  router.put('/opportunities/:id', [listings, 'update']).as('partner.opportunities.update')
  for (const step of ['submit', 'pause', 'resume', 'close', 'reconfirm'] as const) {
    router
      .post(`/opportunities/:id/${step}`, [partner.Lifecycle, step])
      .as(`partner.opportunities.${step}`)
  }
  router
    .post('/opportunities/:id/documents', [partner.Documents, 'store'])
    .as('partner.opportunities.documents.store')
    .use(middleware.uploads())
  router
    .delete('/opportunities/:id/documents/:documentId', [partner.Documents, 'destroy'])
    .as('partner.opportunities.documents.destroy')
}, '/partner')

// Staff: review, and the investors a listing suits best
staff(() => {
  const review = controllers.opportunities.staff.Opportunities
  const matches = controllers.opportunities.staff.Matches
  router.get('/opportunities', [review, 'index']).as('staff.opportunities.index')
  router.post('/opportunities/:id/approve', [review, 'approve']).as('staff.opportunities.approve')
  router.post('/opportunities/:id/reject', [review, 'reject']).as('staff.opportunities.reject')
  router.get('/opportunities/:id/matches', [matches, 'index']).as('staff.opportunities.matches')
  router
    .post('/opportunities/:id/invitations', [matches, 'invite'])
    .as('staff.opportunities.invite')
}, '/staff')
