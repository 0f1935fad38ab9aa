import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { apiThrottle } from '#start/limiter'

// The public read-only JSON API: no session, CSRF or auth on this path.
router
  .group(() => {
    router
      .get('/v1/opportunities', [controllers.opportunities.api.Opportunities, 'index'])
      .as('api.opportunities.index')
    router
      .get('/v1/opportunities/:slug', [controllers.opportunities.api.Opportunities, 'show'])
      .as('api.opportunities.show')
  })
  .prefix('/api')
  .use([middleware.forceJson(), apiThrottle])

/*
| Listings: the public marketplace, an investor's watchlist and NDA, a partner's listing
| form and lifecycle, and the staff review with the best-matching investors.
*/
router
  .group(() => {
    router
      .get('/opportunities', [controllers.opportunities.Opportunities, 'index'])
      .as('opportunities.index')
    router
      .get('/opportunities/:slug', [controllers.opportunities.Opportunities, 'show'])
      .as('opportunities.show')
    router
      .get('/opportunities/:slug/cover', [controllers.opportunities.Opportunities, 'cover'])
      .as('opportunities.cover')
    router
      .get('/opportunities/:slug/share.png', [
        controllers.opportunities.Opportunities,
        'shareImage',
      ])
      .as('opportunities.share_image')
    router.get('/documents/:id', [controllers.opportunities.Documents, 'show']).as('documents.show')

    // Investors: watchlist and NDA
    router
      .group(() => {
        router
          .post('/opportunities/:slug/save', [
            controllers.opportunities.SavedOpportunities,
            'store',
          ])
          .as('opportunities.save')
        router
          .delete('/opportunities/:slug/save', [
            controllers.opportunities.SavedOpportunities,
            'destroy',
          ])
          .as('opportunities.unsave')
        router
          .post('/opportunities/:slug/nda', [controllers.opportunities.NdaAcceptances, 'store'])
          .as('opportunities.nda')
        router
          .get('/investor/saved', [controllers.opportunities.SavedOpportunities, 'index'])
          .as('investor.saved')
      })
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    // Partners: their listings
    router
      .group(() => {
        router
          .get('/opportunities', [controllers.opportunities.partner.Opportunities, 'index'])
          .as('partner.opportunities.index')
        router
          .get('/opportunities/new', [controllers.opportunities.partner.Opportunities, 'create'])
          .as('partner.opportunities.create')
        router
          .post('/opportunities', [controllers.opportunities.partner.Opportunities, 'store'])
          .as('partner.opportunities.store')
        router
          .get('/opportunities/:id/edit', [controllers.opportunities.partner.Opportunities, 'edit'])
          .as('partner.opportunities.edit')
        router
          .put('/opportunities/:id', [controllers.opportunities.partner.Opportunities, 'update'])
          .as('partner.opportunities.update')
        for (const step of ['submit', 'pause', 'resume', 'close', 'reconfirm'] as const) {
          router
            .post(`/opportunities/:id/${step}`, [controllers.opportunities.partner.Lifecycle, step])
            .as(`partner.opportunities.${step}`)
        }
        router
          .post('/opportunities/:id/documents', [
            controllers.opportunities.partner.Documents,
            'store',
          ])
          .as('partner.opportunities.documents.store')
          .use(middleware.uploads())
        router
          .delete('/opportunities/:id/documents/:documentId', [
            controllers.opportunities.partner.Documents,
            'destroy',
          ])
          .as('partner.opportunities.documents.destroy')
      })
      .prefix('/partner')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])

    // Staff: review, and the investors a listing suits best
    router
      .group(() => {
        router
          .get('/opportunities', [controllers.opportunities.staff.Opportunities, 'index'])
          .as('staff.opportunities.index')
        router
          .post('/opportunities/:id/approve', [
            controllers.opportunities.staff.Opportunities,
            'approve',
          ])
          .as('staff.opportunities.approve')
        router
          .post('/opportunities/:id/reject', [
            controllers.opportunities.staff.Opportunities,
            'reject',
          ])
          .as('staff.opportunities.reject')
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
