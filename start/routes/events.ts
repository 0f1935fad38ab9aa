import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { inquiryThrottle } from '#start/limiter'

/*
| Events and aftercare: an event's public sign-up page, the staff event pages (attendee
| import, interest marked at the stand), a won deal's impact and aftercare check-ins, and
| the impact reports (staff: everything; a partner: its own or its municipality's).
*/
router
  .group(() => {
    router.get('/events/:slug', [controllers.EventSignUp, 'show']).as('events.show')
    // Public forms share one limit per address (the inquiry form's).
    router
      .post('/events/:slug', [controllers.EventSignUp, 'store'])
      .as('events.sign_up')
      .use(inquiryThrottle)
    // The signed opt-out link of the follow-up e-mails (no login; see the controller).
    router
      .get('/events/follow-ups/:id/stop', [controllers.EventFollowUps, 'show'])
      .as('events.follow_ups.stop')
    router
      .post('/events/follow-ups/:id/stop', [controllers.EventFollowUps, 'store'])
      .as('events.follow_ups.stop.store')

    router
      .group(() => {
        router.get('/events', [controllers.CrmEvents, 'index']).as('crm.events.index')
        router.post('/events', [controllers.CrmEvents, 'store']).as('crm.events.store')
        router.get('/events/:id', [controllers.CrmEvents, 'show']).as('crm.events.show')
        router.put('/events/:id', [controllers.CrmEvents, 'update']).as('crm.events.update')
        router
          .post('/events/:id/import', [controllers.CrmEvents, 'import'])
          .as('crm.events.import')
          .use(middleware.uploads())
        router
          .post('/events/:id/attendees', [controllers.CrmEvents, 'addAttendee'])
          .as('crm.events.attendees.store')
        router
          .post('/events/:id/attendees/:attendeeId/interest', [
            controllers.CrmEvents,
            'markInterest',
          ])
          .as('crm.events.attendees.interest')
        router
          .post('/deals/:id/impact', [controllers.CrmDealAftercare, 'impact'])
          .as('crm.deals.impact')
        router
          .post('/deals/:id/aftercare', [controllers.CrmDealAftercare, 'checkIn'])
          .as('crm.deals.aftercare')
        router.get('/impact', [controllers.CrmImpact, 'index']).as('crm.impact')
      })
      .prefix('/crm')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // A partner sees what its deals (a municipal office: its municipality's) came to.
    router
      .get('/partner/impact', [controllers.PartnerImpact, 'show'])
      .as('partner.impact')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])
  })
  .use(webMiddleware())
