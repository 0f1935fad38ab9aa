import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { investors, partners, staff } from '#start/audiences'
import { stripeWebhookThrottle } from '#start/limiter'

const { Club, Featuring, Payments, StripeWebhook } = controllers.payments

// Stripe calls this: no session, no CSRF (the signature is the credential).
// JSON only, at most 256 KB (app/middleware/body_gate_middleware.ts), rate-limited per address.
router
  .post('/webhooks/stripe', [StripeWebhook, 'handle'])
  .as('webhooks.stripe')
  .use(stripeWebhookThrottle)

// Partner organisations: buy featuring, see their own payments.
partners(() => {
  router
    .post('/opportunities/:id/feature', [Featuring, 'purchase'])
    .as('partner.opportunities.feature')
  router.get('/payments', [Payments, 'organisation']).as('partner.payments')
  router.get('/payments.csv', [Payments, 'organisationCsv']).as('partner.payments.export')
}, '/partner')

// Investors: the Investor Club and their own payments.
investors(() => {
  router.get('/club', [Club, 'show']).as('investor.club.show')
  router.post('/club/checkout', [Club, 'checkout']).as('investor.club.checkout')
  router.post('/club/portal', [Club, 'portal']).as('investor.club.portal')
  router.get('/payments', [Payments, 'investor']).as('investor.payments')
  router.get('/payments.csv', [Payments, 'investorCsv']).as('investor.payments.export')
}, '/investor')

// Staff: every payment, refunds, free featuring.
staff(() => {
  router.get('/payments', [Payments, 'staff']).as('staff.payments')
  router.get('/payments.csv', [Payments, 'staffCsv']).as('staff.payments.export')
  router.post('/payments/:id/refund', [Payments, 'refund']).as('staff.payments.refund')
  router.post('/opportunities/:id/feature', [Featuring, 'grant']).as('staff.opportunities.feature')
}, '/staff')
