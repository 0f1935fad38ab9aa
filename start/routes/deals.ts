import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { inquiryThrottle, interestThrottle } from '#start/limiter'

/*
| Interest → deal: expressing interest, the public inquiry form, introductions (staff send,
| the partner's answer page), the CRM pipeline, deals, contacts, reports, aftercare and
| the pipeline settings.
*/
router
  .group(() => {
    // Partner contacts answer introductions through signed links (no account needed).
    for (const answer of ['accept', 'decline'] as const) {
      router
        .get(`/introductions/:id/${answer}`, [controllers.deals.IntroductionResponses, 'show'])
        .as(`introductions.${answer}`)
      router
        .post(`/introductions/:id/${answer}`, [controllers.deals.IntroductionResponses, answer])
        .as(`introductions.${answer}.store`)
    }

    // Partner members answer the same introductions in their inbox (the dashboard).
    router
      .group(() => {
        for (const answer of ['accept', 'decline'] as const) {
          router
            .post(`/introductions/:id/${answer}`, [controllers.deals.partner.Introductions, answer])
            .as(`partner.introductions.${answer}`)
        }
      })
      .prefix('/partner')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])

    // The public inquiry form: anyone may ask; logged-in people get their name prefilled.
    router.get('/inquiry', [controllers.deals.Inquiries, 'create']).as('inquiry.create')
    router
      .post('/inquiry', [controllers.deals.Inquiries, 'store'])
      .as('inquiry.store')
      .use(inquiryThrottle)
    router.get('/inquiry/thanks', [controllers.deals.Inquiries, 'thanks']).as('inquiry.thanks')

    // Investors: expressing interest and their own interests
    router
      .group(() => {
        router
          .post('/opportunities/:slug/interest', [controllers.deals.Interests, 'store'])
          .as('opportunities.interest')
          .use(interestThrottle)
        router
          .get('/investor/interests', [controllers.deals.Interests, 'index'])
          .as('investor.interests')
      })
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    router
      .get('/staff/interests', [controllers.deals.staff.Interests, 'index'])
      .as('staff.interests.index')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // CRM (staff and admins)
    router
      .group(() => {
        router.get('/pipeline', [controllers.deals.Pipeline, 'index']).as('crm.pipeline')
        router.get('/reports', [controllers.deals.Reports, 'index']).as('crm.reports')
        router.get('/contacts', [controllers.deals.Contacts, 'index']).as('crm.contacts.index')
        router.get('/contacts/:id', [controllers.deals.Contacts, 'show']).as('crm.contacts.show')
        router.get('/deals', [controllers.deals.DealList, 'index']).as('crm.deals.index')
        router.get('/tasks', [controllers.deals.Tasks, 'index']).as('crm.tasks.index')
        router.get('/deals.csv', [controllers.deals.DealList, 'export']).as('crm.deals.export')
        router.get('/deals/:id', [controllers.deals.Deals, 'show']).as('crm.deals.show')
        router.post('/deals/:id/move', [controllers.deals.Deals, 'move']).as('crm.deals.move')
        router
          .post('/deals/:id/reassign', [controllers.deals.Deals, 'reassign'])
          .as('crm.deals.reassign')
        router
          .post('/deals/:id/introductions', [controllers.deals.Introductions, 'store'])
          .as('crm.deals.introductions.store')
        router
          .post('/deals/:id/activities', [controllers.deals.DealActivities, 'store'])
          .as('crm.deals.activities.store')
        router
          .post('/deals/:id/tasks', [controllers.deals.DealActivities, 'storeTask'])
          .as('crm.deals.tasks.store')
        router
          .post('/deals/:id/tasks/:taskId/toggle', [
            controllers.deals.DealActivities,
            'completeTask',
          ])
          .as('crm.deals.tasks.toggle')
        router
          .post('/deals/:id/impact', [controllers.deals.DealAftercare, 'impact'])
          .as('crm.deals.impact')
        router
          .post('/deals/:id/aftercare', [controllers.deals.DealAftercare, 'checkIn'])
          .as('crm.deals.aftercare')
      })
      .prefix('/crm')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // CRM settings (admins only)
    router
      .group(() => {
        router.get('/', [controllers.deals.PipelineSettings, 'index']).as('crm.settings')
        router
          .post('/pipelines', [controllers.deals.PipelineSettings, 'createPipeline'])
          .as('crm.settings.pipelines.store')
        router
          .post('/pipelines/:id/stages', [controllers.deals.PipelineSettings, 'addStage'])
          .as('crm.settings.stages.store')
        router
          .put('/stages/:id', [controllers.deals.PipelineSettings, 'updateStage'])
          .as('crm.settings.stages.update')
        router
          .post('/stages/:id/move', [controllers.deals.PipelineSettings, 'moveStage'])
          .as('crm.settings.stages.move')
        router
          .post('/lost-reasons', [controllers.deals.PipelineSettings, 'addLostReason'])
          .as('crm.settings.lost_reasons.store')
        router
          .post('/lost-reasons/:id/toggle', [
            controllers.deals.PipelineSettings,
            'toggleLostReason',
          ])
          .as('crm.settings.lost_reasons.toggle')
      })
      .prefix('/crm/settings')
      .use([middleware.auth(), middleware.can({ ability: 'administer' })])
  })
  .use(webMiddleware())
