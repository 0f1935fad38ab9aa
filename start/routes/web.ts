import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import {
  inquiryThrottle,
  interestThrottle,
  loginAccountThrottle,
  loginIpThrottle,
  passwordResetAccountThrottle,
  passwordResetThrottle,
  registrationThrottle,
} from '#start/limiter'

router
  .group(() => {
    router.get('/', [controllers.community.Home, 'show']).as('home')
    router.post('/locale', [controllers.accounts.Locale, 'update']).as('locale.update')

    // Accounts
    router
      .group(() => {
        router.get('/login', [controllers.accounts.Session, 'create']).as('auth.login')
        router
          .post('/login', [controllers.accounts.Session, 'store'])
          .as('auth.login.store')
          .use([loginIpThrottle, loginAccountThrottle])
        router
          .get('/register', [controllers.accounts.Registration, 'createInvestor'])
          .as('auth.register')
        router
          .post('/register', [controllers.accounts.Registration, 'storeInvestor'])
          .as('auth.register.store')
          .use(registrationThrottle)
        router
          .get('/register/partner', [controllers.accounts.Registration, 'createPartner'])
          .as('auth.register_partner')
        router
          .post('/register/partner', [controllers.accounts.Registration, 'storePartner'])
          .as('auth.register_partner.store')
          .use(registrationThrottle)
        router
          .get('/forgot-password', [controllers.accounts.PasswordReset, 'create'])
          .as('auth.password_reset.create')
        router
          .post('/forgot-password', [controllers.accounts.PasswordReset, 'store'])
          .as('auth.password_reset.store')
          .use([passwordResetThrottle, passwordResetAccountThrottle])
        router
          .get('/reset-password/:token', [controllers.accounts.PasswordReset, 'edit'])
          .as('auth.password_reset.edit')
        router
          .post('/reset-password', [controllers.accounts.PasswordReset, 'update'])
          .as('auth.password_reset.update')
          .use(passwordResetThrottle)
        router
          .get('/invitations/:token', [controllers.accounts.Invitations, 'show'])
          .as('invitations.show')
        router
          .post('/invitations/:token', [controllers.accounts.Invitations, 'store'])
          .as('invitations.store')
      })
      .use(middleware.guest())

    // Partner contacts answer introductions through signed links (no account needed).
    for (const answer of ['accept', 'decline'] as const) {
      router
        .get(`/introductions/:id/${answer}`, [controllers.deals.IntroductionResponses, 'show'])
        .as(`introductions.${answer}`)
      router
        .post(`/introductions/:id/${answer}`, [controllers.deals.IntroductionResponses, answer])
        .as(`introductions.${answer}.store`)
    }

    // The public inquiry form: anyone may ask; logged-in people get their name prefilled.
    router.get('/inquiry', [controllers.deals.Inquiries, 'create']).as('inquiry.create')
    router
      .post('/inquiry', [controllers.deals.Inquiries, 'store'])
      .as('inquiry.store')
      .use(inquiryThrottle)
    router.get('/inquiry/thanks', [controllers.deals.Inquiries, 'thanks']).as('inquiry.thanks')

    router
      .get('/verify-email/:id', [controllers.accounts.EmailVerification, 'verify'])
      .as('auth.verify_email')

    router
      .group(() => {
        router.post('/logout', [controllers.accounts.Session, 'destroy']).as('auth.logout')
        router
          .post('/verify-email', [controllers.accounts.EmailVerification, 'resend'])
          .as('auth.verify_email.resend')
        router.get('/dashboard', [controllers.investors.Dashboard, 'show']).as('dashboard')
      })
      .use(middleware.auth())

    // My account: privacy (consent history, download my data, delete my account)
    router
      .group(() => {
        router.get('/account', [controllers.accounts.Account, 'show']).as('account.show')
        router
          .post('/account/exports', [controllers.trust.DataExports, 'store'])
          .as('account.exports.store')
        router
          .get('/account/exports/:id/download', [controllers.trust.DataExports, 'download'])
          .as('account.exports.download')
        router
          .post('/account/delete', [controllers.accounts.Account, 'destroy'])
          .as('account.destroy')
      })
      .use(middleware.auth())

    // Marketplace (public)
    router
      .get('/opportunities', [controllers.opportunities.Opportunities, 'index'])
      .as('opportunities.index')
    router
      .get('/opportunities/:slug', [controllers.opportunities.Opportunities, 'show'])
      .as('opportunities.show')
    router
      .get('/opportunities/:slug/cover', [controllers.opportunities.Opportunities, 'cover'])
      .as('opportunities.cover')
    router.get('/documents/:id', [controllers.opportunities.Documents, 'show']).as('documents.show')
    router
      .get('/organisations/:slug', [controllers.organisations.Organisations, 'show'])
      .as('organisations.show')
    router
      .get('/municipalities/:slug', [controllers.community.Municipalities, 'show'])
      .as('municipalities.show')

    // Investors: watchlist, interests, NDA, profile
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
          .post('/opportunities/:slug/interest', [controllers.deals.Interests, 'store'])
          .as('opportunities.interest')
          .use(interestThrottle)
        router
          .post('/opportunities/:slug/nda', [controllers.opportunities.NdaAcceptances, 'store'])
          .as('opportunities.nda')
        router
          .get('/investor/saved', [controllers.opportunities.SavedOpportunities, 'index'])
          .as('investor.saved')
        router
          .get('/investor/interests', [controllers.deals.Interests, 'index'])
          .as('investor.interests')
        router
          .get('/investor/profile', [controllers.investors.Profile, 'edit'])
          .as('investor.profile.edit')
        router
          .put('/investor/profile', [controllers.investors.Profile, 'update'])
          .as('investor.profile.update')
      })
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    // Partner organisations
    router
      .group(() => {
        router
          .get('/organisation', [controllers.organisations.partner.Organisation, 'show'])
          .as('partner.organisation.show')
        router
          .post('/organisation/invitations', [
            controllers.organisations.partner.Organisation,
            'invite',
          ])
          .as('partner.organisation.invite')
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

    // Staff back office
    router
      .group(() => {
        router
          .get('/organisations', [controllers.organisations.staff.Reviews, 'index'])
          .as('staff.organisations.index')
        router
          .post('/organisations/:id/approve', [controllers.organisations.staff.Reviews, 'approve'])
          .as('staff.organisations.approve')
        router
          .post('/organisations/:id/reject', [controllers.organisations.staff.Reviews, 'reject'])
          .as('staff.organisations.reject')
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
          .get('/interests', [controllers.deals.staff.Interests, 'index'])
          .as('staff.interests.index')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // CRM (staff and admins)
    router
      .group(() => {
        router.get('/pipeline', [controllers.deals.Pipeline, 'index']).as('crm.pipeline')
        router.get('/reports', [controllers.deals.Reports, 'index']).as('crm.reports')
        router.get('/contacts', [controllers.deals.Contacts, 'index']).as('crm.contacts.index')
        router.get('/contacts/:id', [controllers.deals.Contacts, 'show']).as('crm.contacts.show')
        router
          .get('/organisations', [controllers.organisations.staff.Organisations, 'index'])
          .as('crm.organisations.index')
        router
          .get('/organisations/:id', [controllers.organisations.staff.Organisations, 'show'])
          // At most 9 digits: a longer number is no id of ours and overflows PostgreSQL's
          // integer (a 500 found by the production fuzz test); it is a 404 instead.
          .where('id', { match: /^\d{1,9}$/, cast: (value) => Number(value) })
          .as('crm.organisations.show')
        router.get('/jobs', [controllers.system.Jobs, 'index']).as('crm.jobs.index')
        router
          .post('/jobs/:id/retry', [controllers.system.Jobs, 'retry'])
          .as('crm.jobs.retry')
          .where('id', /^[\w:.-]{1,200}$/) // a BullMQ job id, not a database id
        router.get('/deals', [controllers.deals.DealList, 'index']).as('crm.deals.index')
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

    // Administration (admins only): the audit log
    router
      .group(() => {
        router.get('/audit', [controllers.trust.Audit, 'index']).as('admin.audit')
      })
      .prefix('/admin')
      .use([middleware.auth(), middleware.can({ ability: 'administer' })])
  })
  .use(webMiddleware())
