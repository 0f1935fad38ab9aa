import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { investors, members, partners, staff, visitors } from '#start/audiences'
import { apiThrottle } from '#start/limiter'

const { Documents, NdaSignatures, Opportunities, Questions, SavedOpportunities, api, partner } =
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
  router.post('/opportunities/:slug/nda', [NdaSignatures, 'store']).as('opportunities.nda')
  router
    .post('/opportunities/:slug/questions', [Questions, 'store'])
    .as('opportunities.questions.store')
  router.get('/investor/saved', [SavedOpportunities, 'index']).as('investor.saved')
})

// The signed NDA's PDF: the investor who signed, the listing's partner, staff (see its policy).
members(() => {
  router.get('/nda-signatures/:id/pdf', [NdaSignatures, 'pdf']).as('nda_signatures.pdf')
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
  // The data room: engagement, signed NDAs, questions; revoking; the organisation's NDA text.
  router
    .get('/opportunities/:id/data-room', [partner.DataRoom, 'show'])
    .as('partner.opportunities.data_room')
  router
    .post('/opportunities/:id/documents/:documentId/revoke', [partner.DataRoom, 'revoke'])
    .as('partner.opportunities.documents.revoke')
  router.post('/questions/:id/answer', [partner.Questions, 'answer']).as('partner.questions.answer')
  router.get('/nda', [partner.Nda, 'edit']).as('partner.nda.edit')
  router.post('/nda', [partner.Nda, 'update']).as('partner.nda.update')
}, '/partner')

// Staff: review, and the investors a listing suits best
staff(() => {
  const review = controllers.opportunities.staff.Opportunities
  const matches = controllers.opportunities.staff.Matches
  router.get('/opportunities', [review, 'index']).as('staff.opportunities.index')
  router.get('/opportunities/:id', [review, 'show']).as('staff.opportunities.show')
  router.post('/opportunities/:id/approve', [review, 'approve']).as('staff.opportunities.approve')
  router.post('/opportunities/:id/reject', [review, 'reject']).as('staff.opportunities.reject')
  router.get('/opportunities/:id/matches', [matches, 'index']).as('staff.opportunities.matches')
  router
    .post('/opportunities/:id/invitations', [matches, 'invite'])
    .as('staff.opportunities.invite')
  const questions = controllers.opportunities.staff.Questions
  router.get('/questions', [questions, 'index']).as('staff.questions.index')
  router.post('/questions/:id/hide', [questions, 'hide']).as('staff.questions.hide')
}, '/staff')
