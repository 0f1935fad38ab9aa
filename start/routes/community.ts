import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { inquiryThrottle } from '#start/limiter'

/*
| The community around the marketplace: the home page, municipality pages, the regional
| directory, open figures, success stories (written by staff in the CRM), events (public
| sign-up, staff attendee import, follow-ups) and the impact reports (staff: everything;
| a partner: its own or its municipality's).
*/
router
  .group(() => {
    router.get('/', [controllers.community.Home, 'show']).as('home')
    router
      .get('/municipalities/:slug', [controllers.community.Municipalities, 'show'])
      .as('municipalities.show')
    router.get('/directory', [controllers.community.Directory, 'index']).as('directory.index')
    router.get('/figures', [controllers.community.Figures, 'index']).as('figures.index')
    router.get('/stories', [controllers.community.Stories, 'index']).as('stories.index')
    router.get('/stories/:slug', [controllers.community.Stories, 'show']).as('stories.show')
    router.get('/stories/:slug/photo', [controllers.community.Stories, 'photo']).as('stories.photo')

    router
      .group(() => {
        router.get('/', [controllers.community.staff.Stories, 'index']).as('crm.stories.index')
        router.get('/new', [controllers.community.staff.Stories, 'create']).as('crm.stories.create')
        router
          .post('/', [controllers.community.staff.Stories, 'store'])
          .as('crm.stories.store')
          .use(middleware.uploads())
        router
          .get('/:id/edit', [controllers.community.staff.Stories, 'edit'])
          .as('crm.stories.edit')
        router
          .put('/:id', [controllers.community.staff.Stories, 'update'])
          .as('crm.stories.update')
          .use(middleware.uploads())
        router
          .post('/:id/publish', [controllers.community.staff.Stories, 'publish'])
          .as('crm.stories.publish')
        router
          .post('/:id/unpublish', [controllers.community.staff.Stories, 'unpublish'])
          .as('crm.stories.unpublish')
        router
          .delete('/:id', [controllers.community.staff.Stories, 'destroy'])
          .as('crm.stories.destroy')
      })
      .prefix('/crm/stories')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    router
      .group(() => {
        router
          .get('/new', [controllers.community.staff.Directory, 'create'])
          .as('crm.directory.create')
        router.post('/', [controllers.community.staff.Directory, 'store']).as('crm.directory.store')
        router
          .get('/:id/edit', [controllers.community.staff.Directory, 'edit'])
          .as('crm.directory.edit')
        router
          .put('/:id', [controllers.community.staff.Directory, 'update'])
          .as('crm.directory.update')
      })
      .prefix('/crm/directory')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    router.get('/events', [controllers.community.Events, 'index']).as('events.index')
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
