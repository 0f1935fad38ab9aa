import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'

router
  .group(() => {
    router.get('/', [controllers.Home, 'show']).as('home')
    router.post('/locale', [controllers.Locale, 'update']).as('locale.update')

    // Accounts
    router
      .group(() => {
        router.get('/login', [controllers.Session, 'create']).as('auth.login')
        router.post('/login', [controllers.Session, 'store']).as('auth.login.store')
        router.get('/register', [controllers.Registration, 'createInvestor']).as('auth.register')
        router
          .post('/register', [controllers.Registration, 'storeInvestor'])
          .as('auth.register.store')
        router
          .get('/register/partner', [controllers.Registration, 'createPartner'])
          .as('auth.register_partner')
        router
          .post('/register/partner', [controllers.Registration, 'storePartner'])
          .as('auth.register_partner.store')
        router
          .get('/forgot-password', [controllers.PasswordReset, 'create'])
          .as('auth.password_reset.create')
        router
          .post('/forgot-password', [controllers.PasswordReset, 'store'])
          .as('auth.password_reset.store')
        router
          .get('/reset-password/:token', [controllers.PasswordReset, 'edit'])
          .as('auth.password_reset.edit')
        router
          .post('/reset-password', [controllers.PasswordReset, 'update'])
          .as('auth.password_reset.update')
        router.get('/invitations/:token', [controllers.Invitations, 'show']).as('invitations.show')
        router
          .post('/invitations/:token', [controllers.Invitations, 'store'])
          .as('invitations.store')
      })
      .use(middleware.guest())

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

    // Partner organisations
    router
      .group(() => {
        router
          .get('/organisation', [controllers.PartnerOrganisation, 'show'])
          .as('partner.organisation.show')
        router
          .post('/organisation/invitations', [controllers.PartnerOrganisation, 'invite'])
          .as('partner.organisation.invite')
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
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
