import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { admins, investors, partners, staff, visitors } from '#start/audiences'
import { inboundMailThrottle, inquiryThrottle, interestThrottle } from '#start/limiter'

const deals = controllers.deals

// Mail providers forward replies here as raw MIME: no session, no CSRF (the HMAC signature
// is the credential); message/rfc822 only, at most INBOUND_MAX_BYTES, rate-limited per address.
router
  .post('/webhooks/inbound-mail', [deals.InboundMailWebhook, 'handle'])
  .as('webhooks.inbound_mail')
  .use(inboundMailThrottle)

/*
| Interest → deal: expressing interest, the public inquiry form, introductions (staff send,
| the partner's answer page), the CRM pipeline, deals, contacts, reports, aftercare and
| the pipeline settings.
*/
visitors(() => {
  // Partner contacts answer introductions through signed links (no account needed).
  for (const answer of ['accept', 'decline'] as const) {
    router
      .get(`/introductions/:id/${answer}`, [deals.IntroductionResponses, 'show'])
      .as(`introductions.${answer}`)
    router
      .post(`/introductions/:id/${answer}`, [deals.IntroductionResponses, answer])
      .as(`introductions.${answer}.store`)
  }

  // Meeting invitees pick a time and fetch the calendar file through signed links.
  router
    .get('/meetings/invitations/:id', [deals.MeetingInvitations, 'show'])
    .as('meetings.invitation')
  router
    .post('/meetings/invitations/:id', [deals.MeetingInvitations, 'pick'])
    .as('meetings.invitation.pick')
  router
    .get('/meetings/invitations/:id/calendar.ics', [deals.MeetingInvitations, 'calendar'])
    .as('meetings.invitation.calendar')

  // The public inquiry form: anyone may ask; logged-in people get their name prefilled.
  router.get('/inquiry', [deals.Inquiries, 'create']).as('inquiry.create')
  router.post('/inquiry', [deals.Inquiries, 'store']).as('inquiry.store').use(inquiryThrottle)
  router.get('/inquiry/thanks', [deals.Inquiries, 'thanks']).as('inquiry.thanks')
})

// Partner members answer the same introductions in their inbox (the dashboard).
partners(() => {
  for (const answer of ['accept', 'decline'] as const) {
    router
      .post(`/introductions/:id/${answer}`, [deals.partner.Introductions, answer])
      .as(`partner.introductions.${answer}`)
  }
}, '/partner')

// Investors: expressing interest and their own interests
investors(() => {
  router
    .post('/opportunities/:slug/interest', [deals.Interests, 'store'])
    .as('opportunities.interest')
    .use(interestThrottle)
  router.get('/investor/interests', [deals.Interests, 'index']).as('investor.interests')
})

staff(() => {
  router.get('/staff/interests', [deals.staff.Interests, 'index']).as('staff.interests.index')
})

// CRM (staff and admins)
staff(() => {
  router.get('/pipeline', [deals.Pipeline, 'index']).as('crm.pipeline')
  router.get('/reports', [deals.Reports, 'index']).as('crm.reports')
  router.get('/contacts', [deals.Contacts, 'index']).as('crm.contacts.index')
  router
    .get('/contacts/duplicates', [deals.ContactDuplicates, 'index'])
    .as('crm.contacts.duplicates')
  router.post('/contacts/merge', [deals.ContactDuplicates, 'merge']).as('crm.contacts.merge')
  router
    .post('/contacts/duplicates/dismiss', [deals.ContactDuplicates, 'dismiss'])
    .as('crm.contacts.duplicates.dismiss')
  router.get('/contacts/:id', [deals.Contacts, 'show']).as('crm.contacts.show')
  router.get('/deals', [deals.DealList, 'index']).as('crm.deals.index')
  router.get('/tasks', [deals.Tasks, 'index']).as('crm.tasks.index')
  router.get('/deals.csv', [deals.DealList, 'export']).as('crm.deals.export')
  router.post('/deals/bulk/reassign', [deals.DealBulk, 'reassign']).as('crm.deals.bulk.reassign')
  router.post('/deals/bulk/move', [deals.DealBulk, 'move']).as('crm.deals.bulk.move')
  router.post('/deals/bulk/tasks', [deals.DealBulk, 'addTask']).as('crm.deals.bulk.tasks')
  router.get('/deals/:id', [deals.Deals, 'show']).as('crm.deals.show')
  router.post('/deals/:id/move', [deals.Deals, 'move']).as('crm.deals.move')
  router.post('/deals/:id/reassign', [deals.Deals, 'reassign']).as('crm.deals.reassign')
  router
    .post('/deals/:id/introductions', [deals.Introductions, 'store'])
    .as('crm.deals.introductions.store')
  router
    .post('/deals/:id/activities', [deals.DealActivities, 'store'])
    .as('crm.deals.activities.store')
  router.post('/deals/:id/tasks', [deals.DealActivities, 'storeTask']).as('crm.deals.tasks.store')
  router
    .post('/deals/:id/tasks/:taskId/toggle', [deals.DealActivities, 'completeTask'])
    .as('crm.deals.tasks.toggle')
  router.post('/deals/:id/meetings', [deals.Meetings, 'store']).as('crm.deals.meetings.store')
  router.post('/meetings/:id/update', [deals.Meetings, 'update']).as('crm.meetings.update')
  router.post('/meetings/:id/cancel', [deals.Meetings, 'cancel']).as('crm.meetings.cancel')
  router.post('/deals/:id/impact', [deals.DealAftercare, 'impact']).as('crm.deals.impact')
  router.post('/deals/:id/aftercare', [deals.DealAftercare, 'checkIn']).as('crm.deals.aftercare')
  // Received e-mail that matched no deal, and the kept attachments of any received e-mail.
  router.get('/mail', [deals.InboundMail, 'index']).as('crm.mail.index')
  router.get('/mail/:id', [deals.InboundMail, 'show']).as('crm.mail.show')
  router.post('/mail/:id/file', [deals.InboundMail, 'file']).as('crm.mail.file')
  router.post('/mail/:id/dismiss', [deals.InboundMail, 'dismiss']).as('crm.mail.dismiss')
  router.get('/mail/attachments/:id', [deals.InboundMail, 'attachment']).as('crm.mail.attachment')
}, '/crm')

// CRM settings (admins only)
admins(() => {
  const settings = deals.PipelineSettings
  router.get('/', [settings, 'index']).as('crm.settings')
  router.post('/pipelines', [settings, 'createPipeline']).as('crm.settings.pipelines.store')
  router.post('/pipelines/:id/stages', [settings, 'addStage']).as('crm.settings.stages.store')
  router.put('/stages/:id', [settings, 'updateStage']).as('crm.settings.stages.update')
  router.post('/stages/:id/move', [settings, 'moveStage']).as('crm.settings.stages.move')
  router.post('/lost-reasons', [settings, 'addLostReason']).as('crm.settings.lost_reasons.store')
  router
    .post('/lost-reasons/:id/toggle', [settings, 'toggleLostReason'])
    .as('crm.settings.lost_reasons.toggle')
}, '/crm/settings')
