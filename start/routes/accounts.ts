import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { guests, members, visitors } from '#start/audiences'
import { START_SESSION_ROUTE } from '#middleware/session_when_needed_middleware'
import {
  loginAccountThrottle,
  loginIpThrottle,
  passwordResetAccountThrottle,
  passwordResetThrottle,
  registrationThrottle,
} from '#start/limiter'

const { Account, EmailVerification, Invitations, Locale, PasswordReset, Registration, Session } =
  controllers.accounts

// Accounts: sign-in, registration, password reset, e-mail verification, accepting an
// invitation, the account page and the locale switch.
visitors(() => {
  router.post('/locale', [Locale, 'update']).as('locale.update')
  // Anonymous pages carry no session: the browser asks here before a visitor's first form.
  router.get('/session', [Session, 'start']).as(START_SESSION_ROUTE)
})

guests(() => {
  router.get('/login', [Session, 'create']).as('auth.login')
  router
    .post('/login', [Session, 'store'])
    .as('auth.login.store')
    .use([loginIpThrottle, loginAccountThrottle])
  router.get('/register', [Registration, 'createInvestor']).as('auth.register')
  router
    .post('/register', [Registration, 'storeInvestor'])
    .as('auth.register.store')
    .use(registrationThrottle)
  router.get('/register/partner', [Registration, 'createPartner']).as('auth.register_partner')
  router
    .post('/register/partner', [Registration, 'storePartner'])
    .as('auth.register_partner.store')
    .use(registrationThrottle)
  router.get('/forgot-password', [PasswordReset, 'create']).as('auth.password_reset.create')
  router
    .post('/forgot-password', [PasswordReset, 'store'])
    .as('auth.password_reset.store')
    .use([passwordResetThrottle, passwordResetAccountThrottle])
  router.get('/reset-password/:token', [PasswordReset, 'edit']).as('auth.password_reset.edit')
  router
    .post('/reset-password', [PasswordReset, 'update'])
    .as('auth.password_reset.update')
    .use(passwordResetThrottle)
  router.get('/invitations/:token', [Invitations, 'show']).as('invitations.show')
  router.post('/invitations/:token', [Invitations, 'store']).as('invitations.store')
})

visitors(() => {
  router.get('/verify-email/:id', [EmailVerification, 'verify']).as('auth.verify_email')
})

members(() => {
  router.post('/logout', [Session, 'destroy']).as('auth.logout')
  router.post('/verify-email', [EmailVerification, 'resend']).as('auth.verify_email.resend')
  // My account (its privacy part, the data exports, is in trust.ts).
  router.get('/account', [Account, 'show']).as('account.show')
  router.post('/account/delete', [Account, 'destroy']).as('account.destroy')
  router
    .post('/account/time-zone', [controllers.accounts.TimeZone, 'update'])
    .as('account.time_zone')
})
