import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { partners, staff, visitors } from '#start/audiences'
import { inquiryThrottle } from '#start/limiter'

const community = controllers.community

/*
| The community around the marketplace: the home page, municipality pages, the regional
| directory, open figures, success stories (written by staff in the CRM), events (public
| sign-up, staff attendee import, follow-ups) and the impact reports (staff: everything;
| a partner: its own or its municipality's).
*/
visitors(() => {
  router.get('/', [community.Home, 'show']).as('home')
  router.get('/municipalities/:slug', [community.Municipalities, 'show']).as('municipalities.show')
  router.get('/directory', [community.Directory, 'index']).as('directory.index')
  router.get('/figures', [community.Figures, 'index']).as('figures.index')
  router.get('/stories', [community.Stories, 'index']).as('stories.index')
  router.get('/stories/:slug', [community.Stories, 'show']).as('stories.show')
  router.get('/stories/:slug/photo', [community.Stories, 'photo']).as('stories.photo')
})

staff(() => {
  const stories = community.staff.Stories
  router.get('/', [stories, 'index']).as('crm.stories.index')
  router.get('/new', [stories, 'create']).as('crm.stories.create')
  router.post('/', [stories, 'store']).as('crm.stories.store').use(middleware.uploads())
  router.get('/:id/edit', [stories, 'edit']).as('crm.stories.edit')
  router.put('/:id', [stories, 'update']).as('crm.stories.update').use(middleware.uploads())
  router.post('/:id/publish', [stories, 'publish']).as('crm.stories.publish')
  router.post('/:id/unpublish', [stories, 'unpublish']).as('crm.stories.unpublish')
  router.delete('/:id', [stories, 'destroy']).as('crm.stories.destroy')
}, '/crm/stories')

staff(() => {
  const directory = community.staff.Directory
  router.get('/new', [directory, 'create']).as('crm.directory.create')
  router.post('/', [directory, 'store']).as('crm.directory.store')
  router.get('/:id/edit', [directory, 'edit']).as('crm.directory.edit')
  router.put('/:id', [directory, 'update']).as('crm.directory.update')
}, '/crm/directory')

visitors(() => {
  router.get('/events/:slug', [community.EventSignUp, 'show']).as('events.show')
  // Public forms share one limit per address (the inquiry form's).
  router
    .post('/events/:slug', [community.EventSignUp, 'store'])
    .as('events.sign_up')
    .use(inquiryThrottle)
  // The signed opt-out link of the follow-up e-mails (no login; see the controller).
  const followUps = community.EventFollowUps
  router.get('/events/follow-ups/:id/stop', [followUps, 'show']).as('events.follow_ups.stop')
  router
    .post('/events/follow-ups/:id/stop', [followUps, 'store'])
    .as('events.follow_ups.stop.store')
})

staff(() => {
  const events = community.staff.Events
  router.get('/events', [events, 'index']).as('crm.events.index')
  router.post('/events', [events, 'store']).as('crm.events.store')
  router.get('/events/:id', [events, 'show']).as('crm.events.show')
  router.put('/events/:id', [events, 'update']).as('crm.events.update')
  router
    .post('/events/:id/import', [events, 'import'])
    .as('crm.events.import')
    .use(middleware.uploads())
  router.post('/events/:id/attendees', [events, 'addAttendee']).as('crm.events.attendees.store')
  router
    .post('/events/:id/attendees/:attendeeId/interest', [events, 'markInterest'])
    .as('crm.events.attendees.interest')
  router.get('/impact', [community.staff.Impact, 'index']).as('crm.impact')
}, '/crm')

// A partner sees what its deals (a municipal office: its municipality's) came to.
partners(() => {
  router.get('/partner/impact', [community.partner.Impact, 'show']).as('partner.impact')
})
