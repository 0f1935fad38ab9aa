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
    router.get('/events/:slug', [controllers.community.EventSignUp, 'show']).as('events.show')
    // Public forms share one limit per address (the inquiry form's).
    router
      .post('/events/:slug', [controllers.community.EventSignUp, 'store'])
      .as('events.sign_up')
      .use(inquiryThrottle)
    // The signed opt-out link of the follow-up e-mails (no login; see the controller).
    router
      .get('/events/follow-ups/:id/stop', [controllers.community.EventFollowUps, 'show'])
      .as('events.follow_ups.stop')
    router
      .post('/events/follow-ups/:id/stop', [controllers.community.EventFollowUps, 'store'])
      .as('events.follow_ups.stop.store')

    router
      .group(() => {
        router.get('/events', [controllers.community.staff.Events, 'index']).as('crm.events.index')
        router.post('/events', [controllers.community.staff.Events, 'store']).as('crm.events.store')
        router
          .get('/events/:id', [controllers.community.staff.Events, 'show'])
          .as('crm.events.show')
        router
          .put('/events/:id', [controllers.community.staff.Events, 'update'])
          .as('crm.events.update')
        router
          .post('/events/:id/import', [controllers.community.staff.Events, 'import'])
          .as('crm.events.import')
          .use(middleware.uploads())
        router
          .post('/events/:id/attendees', [controllers.community.staff.Events, 'addAttendee'])
          .as('crm.events.attendees.store')
        router
          .post('/events/:id/attendees/:attendeeId/interest', [
            controllers.community.staff.Events,
            'markInterest',
          ])
          .as('crm.events.attendees.interest')
        router
          .post('/deals/:id/impact', [controllers.deals.DealAftercare, 'impact'])
          .as('crm.deals.impact')
        router
          .post('/deals/:id/aftercare', [controllers.deals.DealAftercare, 'checkIn'])
          .as('crm.deals.aftercare')
        router.get('/impact', [controllers.community.staff.Impact, 'index']).as('crm.impact')
      })
      .prefix('/crm')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // A partner sees what its deals (a municipal office: its municipality's) came to.
    router
      .get('/partner/impact', [controllers.community.partner.Impact, 'show'])
      .as('partner.impact')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])
  })
  .use(webMiddleware())
