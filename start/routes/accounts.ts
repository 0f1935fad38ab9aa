import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { START_SESSION_ROUTE } from '#middleware/session_when_needed_middleware'
import {
  loginAccountThrottle,
  loginIpThrottle,
  passwordResetAccountThrottle,
  passwordResetThrottle,
  registrationThrottle,
} from '#start/limiter'

// Accounts: sign-in, registration, password reset, e-mail verification, accepting an
// invitation, the account page and the locale switch.
router
  .group(() => {
    router.post('/locale', [controllers.accounts.Locale, 'update']).as('locale.update')
    // Anonymous pages carry no session: the browser asks here before a visitor's first form.
    router.get('/session', [controllers.accounts.Session, 'start']).as(START_SESSION_ROUTE)

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

    router
      .get('/verify-email/:id', [controllers.accounts.EmailVerification, 'verify'])
      .as('auth.verify_email')

    router
      .group(() => {
        router.post('/logout', [controllers.accounts.Session, 'destroy']).as('auth.logout')
        router
          .post('/verify-email', [controllers.accounts.EmailVerification, 'resend'])
          .as('auth.verify_email.resend')
        // My account (its privacy part, the data exports, is in trust.ts).
        router.get('/account', [controllers.accounts.Account, 'show']).as('account.show')
        router
          .post('/account/delete', [controllers.accounts.Account, 'destroy'])
          .as('account.destroy')
      })
      .use(middleware.auth())
  })
  .use(webMiddleware())
