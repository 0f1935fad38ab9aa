import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { stripeWebhookThrottle } from '#start/limiter'

// Stripe calls this: no session, no CSRF (the signature is the credential).
// JSON only, at most 256 KB (app/middleware/body_gate_middleware.ts), rate-limited per address.
router
  .post('/webhooks/stripe', [controllers.StripeWebhook, 'handle'])
  .as('webhooks.stripe')
  .use(stripeWebhookThrottle)

router
  .group(() => {
    // Partner organisations: buy featuring, see their own payments.
    router
      .group(() => {
        router
          .post('/opportunities/:id/feature', [controllers.Featuring, 'purchase'])
          .as('partner.opportunities.feature')
        router.get('/payments', [controllers.Payments, 'organisation']).as('partner.payments')
        router
          .get('/payments.csv', [controllers.Payments, 'organisationCsv'])
          .as('partner.payments.export')
      })
      .prefix('/partner')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])

    // Investors: the Investor Club and their own payments.
    router
      .group(() => {
        router.get('/club', [controllers.Club, 'show']).as('investor.club.show')
        router.post('/club/checkout', [controllers.Club, 'checkout']).as('investor.club.checkout')
        router.post('/club/portal', [controllers.Club, 'portal']).as('investor.club.portal')
        router.get('/payments', [controllers.Payments, 'investor']).as('investor.payments')
        router
          .get('/payments.csv', [controllers.Payments, 'investorCsv'])
          .as('investor.payments.export')
      })
      .prefix('/investor')
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    // Staff: every payment, refunds, free featuring.
    router
      .group(() => {
        router.get('/payments', [controllers.Payments, 'staff']).as('staff.payments')
        router.get('/payments.csv', [controllers.Payments, 'staffCsv']).as('staff.payments.export')
        router
          .post('/payments/:id/refund', [controllers.Payments, 'refund'])
          .as('staff.payments.refund')
        router
          .post('/opportunities/:id/feature', [controllers.Featuring, 'grant'])
          .as('staff.opportunities.feature')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
