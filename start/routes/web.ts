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
    router.get('/', [controllers.Home, 'show']).as('home')
    router.post('/locale', [controllers.Locale, 'update']).as('locale.update')

    // Accounts
    router
      .group(() => {
        router.get('/login', [controllers.Session, 'create']).as('auth.login')
        router
          .post('/login', [controllers.Session, 'store'])
          .as('auth.login.store')
          .use([loginIpThrottle, loginAccountThrottle])
        router.get('/register', [controllers.Registration, 'createInvestor']).as('auth.register')
        router
          .post('/register', [controllers.Registration, 'storeInvestor'])
          .as('auth.register.store')
          .use(registrationThrottle)
        router
          .get('/register/partner', [controllers.Registration, 'createPartner'])
          .as('auth.register_partner')
        router
          .post('/register/partner', [controllers.Registration, 'storePartner'])
          .as('auth.register_partner.store')
          .use(registrationThrottle)
        router
          .get('/forgot-password', [controllers.PasswordReset, 'create'])
          .as('auth.password_reset.create')
        router
          .post('/forgot-password', [controllers.PasswordReset, 'store'])
          .as('auth.password_reset.store')
          .use([passwordResetThrottle, passwordResetAccountThrottle])
        router
          .get('/reset-password/:token', [controllers.PasswordReset, 'edit'])
          .as('auth.password_reset.edit')
        router
          .post('/reset-password', [controllers.PasswordReset, 'update'])
          .as('auth.password_reset.update')
          .use(passwordResetThrottle)
        router.get('/invitations/:token', [controllers.Invitations, 'show']).as('invitations.show')
        router
          .post('/invitations/:token', [controllers.Invitations, 'store'])
          .as('invitations.store')
      })
      .use(middleware.guest())

    // Partner contacts answer introductions through signed links (no account needed).
    for (const answer of ['accept', 'decline'] as const) {
      router
        .get(`/introductions/:id/${answer}`, [controllers.IntroductionResponses, 'show'])
        .as(`introductions.${answer}`)
      router
        .post(`/introductions/:id/${answer}`, [controllers.IntroductionResponses, answer])
        .as(`introductions.${answer}.store`)
    }

    // The public inquiry form: anyone may ask; logged-in people get their name prefilled.
    router.get('/inquiry', [controllers.Inquiries, 'create']).as('inquiry.create')
    router
      .post('/inquiry', [controllers.Inquiries, 'store'])
      .as('inquiry.store')
      .use(inquiryThrottle)
    router.get('/inquiry/thanks', [controllers.Inquiries, 'thanks']).as('inquiry.thanks')

    router
      .get('/verify-email/:id', [controllers.EmailVerification, 'verify'])
      .as('auth.verify_email')

    router
      .group(() => {
        router.post('/logout', [controllers.Session, 'destroy']).as('auth.logout')
        router
          .post('/verify-email', [controllers.EmailVerification, 'resend'])
          .as('auth.verify_email.resend')
        router.get('/dashboard', [controllers.Dashboard, 'show']).as('dashboard')
      })
      .use(middleware.auth())

    // My account: privacy (consent history, download my data, delete my account)
    router
      .group(() => {
        router.get('/account', [controllers.Account, 'show']).as('account.show')
        router
          .post('/account/exports', [controllers.DataExports, 'store'])
          .as('account.exports.store')
        router
          .get('/account/exports/:id/download', [controllers.DataExports, 'download'])
          .as('account.exports.download')
        router.post('/account/delete', [controllers.Account, 'destroy']).as('account.destroy')
      })
      .use(middleware.auth())

    // Marketplace (public)
    router.get('/opportunities', [controllers.Opportunities, 'index']).as('opportunities.index')
    router.get('/opportunities/:slug', [controllers.Opportunities, 'show']).as('opportunities.show')
    router
      .get('/opportunities/:slug/cover', [controllers.Opportunities, 'cover'])
      .as('opportunities.cover')
    router.get('/documents/:id', [controllers.Documents, 'show']).as('documents.show')
    router
      .get('/organisations/:slug', [controllers.PublicOrganisations, 'show'])
      .as('organisations.show')
    router
      .get('/municipalities/:slug', [controllers.Municipalities, 'show'])
      .as('municipalities.show')

    // Investors: watchlist, interests, NDA, profile
    router
      .group(() => {
        router
          .post('/opportunities/:slug/save', [controllers.SavedOpportunities, 'store'])
          .as('opportunities.save')
        router
          .delete('/opportunities/:slug/save', [controllers.SavedOpportunities, 'destroy'])
          .as('opportunities.unsave')
        router
          .post('/opportunities/:slug/interest', [controllers.Interests, 'store'])
          .as('opportunities.interest')
          .use(interestThrottle)
        router
          .post('/opportunities/:slug/nda', [controllers.NdaAcceptances, 'store'])
          .as('opportunities.nda')
        router
          .get('/investor/saved', [controllers.SavedOpportunities, 'index'])
          .as('investor.saved')
        router.get('/investor/interests', [controllers.Interests, 'index']).as('investor.interests')
        router
          .get('/investor/profile', [controllers.InvestorProfile, 'edit'])
          .as('investor.profile.edit')
        router
          .put('/investor/profile', [controllers.InvestorProfile, 'update'])
          .as('investor.profile.update')
      })
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    // Partner organisations
    router
      .group(() => {
        router
          .get('/organisation', [controllers.PartnerOrganisation, 'show'])
          .as('partner.organisation.show')
        router
          .post('/organisation/invitations', [controllers.PartnerOrganisation, 'invite'])
          .as('partner.organisation.invite')
        router
          .get('/opportunities', [controllers.PartnerOpportunities, 'index'])
          .as('partner.opportunities.index')
        router
          .get('/opportunities/new', [controllers.PartnerOpportunities, 'create'])
          .as('partner.opportunities.create')
        router
          .post('/opportunities', [controllers.PartnerOpportunities, 'store'])
          .as('partner.opportunities.store')
        router
          .get('/opportunities/:id/edit', [controllers.PartnerOpportunities, 'edit'])
          .as('partner.opportunities.edit')
        router
          .put('/opportunities/:id', [controllers.PartnerOpportunities, 'update'])
          .as('partner.opportunities.update')
        for (const step of ['submit', 'pause', 'resume', 'close', 'reconfirm'] as const) {
          router
            .post(`/opportunities/:id/${step}`, [controllers.OpportunityLifecycle, step])
            .as(`partner.opportunities.${step}`)
        }
        router
          .post('/opportunities/:id/documents', [controllers.OpportunityDocuments, 'store'])
          .as('partner.opportunities.documents.store')
          .use(middleware.uploads())
        router
          .delete('/opportunities/:id/documents/:documentId', [
            controllers.OpportunityDocuments,
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
          .get('/organisations', [controllers.StaffOrganisations, 'index'])
          .as('staff.organisations.index')
        router
          .post('/organisations/:id/approve', [controllers.StaffOrganisations, 'approve'])
          .as('staff.organisations.approve')
        router
          .post('/organisations/:id/reject', [controllers.StaffOrganisations, 'reject'])
          .as('staff.organisations.reject')
        router
          .get('/opportunities', [controllers.StaffOpportunities, 'index'])
          .as('staff.opportunities.index')
        router
          .post('/opportunities/:id/approve', [controllers.StaffOpportunities, 'approve'])
          .as('staff.opportunities.approve')
        router
          .post('/opportunities/:id/reject', [controllers.StaffOpportunities, 'reject'])
          .as('staff.opportunities.reject')
        router.get('/interests', [controllers.StaffInterests, 'index']).as('staff.interests.index')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // CRM (staff and admins)
    router
      .group(() => {
        router.get('/pipeline', [controllers.CrmPipeline, 'index']).as('crm.pipeline')
        router.get('/reports', [controllers.CrmReports, 'index']).as('crm.reports')
        router.get('/contacts', [controllers.CrmContacts, 'index']).as('crm.contacts.index')
        router.get('/contacts/:id', [controllers.CrmContacts, 'show']).as('crm.contacts.show')
        router
          .get('/organisations', [controllers.CrmOrganisations, 'index'])
          .as('crm.organisations.index')
        router
          .get('/organisations/:id', [controllers.CrmOrganisations, 'show'])
          // At most 9 digits: a longer number is no id of ours and overflows PostgreSQL's
          // integer (a 500 found by the production fuzz test); it is a 404 instead.
          .where('id', { match: /^\d{1,9}$/, cast: (value) => Number(value) })
          .as('crm.organisations.show')
        router.get('/jobs', [controllers.CrmJobs, 'index']).as('crm.jobs.index')
        router
          .post('/jobs/:id/retry', [controllers.CrmJobs, 'retry'])
          .as('crm.jobs.retry')
          .where('id', /^[\w:.-]{1,200}$/) // a BullMQ job id, not a database id
        router.get('/deals', [controllers.CrmDealList, 'index']).as('crm.deals.index')
        router.get('/deals.csv', [controllers.CrmDealList, 'export']).as('crm.deals.export')
        router.get('/deals/:id', [controllers.CrmDeals, 'show']).as('crm.deals.show')
        router.post('/deals/:id/move', [controllers.CrmDeals, 'move']).as('crm.deals.move')
        router
          .post('/deals/:id/reassign', [controllers.CrmDeals, 'reassign'])
          .as('crm.deals.reassign')
        router
          .post('/deals/:id/introductions', [controllers.CrmIntroductions, 'store'])
          .as('crm.deals.introductions.store')
        router
          .post('/deals/:id/activities', [controllers.CrmDealActivities, 'store'])
          .as('crm.deals.activities.store')
        router
          .post('/deals/:id/tasks', [controllers.CrmDealActivities, 'storeTask'])
          .as('crm.deals.tasks.store')
        router
          .post('/deals/:id/tasks/:taskId/toggle', [controllers.CrmDealActivities, 'completeTask'])
          .as('crm.deals.tasks.toggle')
      })
      .prefix('/crm')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])

    // CRM settings (admins only)
    router
      .group(() => {
        router.get('/', [controllers.CrmSettings, 'index']).as('crm.settings')
        router
          .post('/pipelines', [controllers.CrmSettings, 'createPipeline'])
          .as('crm.settings.pipelines.store')
        router
          .post('/pipelines/:id/stages', [controllers.CrmSettings, 'addStage'])
          .as('crm.settings.stages.store')
        router
          .put('/stages/:id', [controllers.CrmSettings, 'updateStage'])
          .as('crm.settings.stages.update')
        router
          .post('/stages/:id/move', [controllers.CrmSettings, 'moveStage'])
          .as('crm.settings.stages.move')
        router
          .post('/lost-reasons', [controllers.CrmSettings, 'addLostReason'])
          .as('crm.settings.lost_reasons.store')
        router
          .post('/lost-reasons/:id/toggle', [controllers.CrmSettings, 'toggleLostReason'])
          .as('crm.settings.lost_reasons.toggle')
      })
      .prefix('/crm/settings')
      .use([middleware.auth(), middleware.can({ ability: 'administer' })])

    // Administration (admins only): the audit log
    router
      .group(() => {
        router.get('/audit', [controllers.AdminAudit, 'index']).as('admin.audit')
      })
      .prefix('/admin')
      .use([middleware.auth(), middleware.can({ ability: 'administer' })])
  })
  .use(webMiddleware())
