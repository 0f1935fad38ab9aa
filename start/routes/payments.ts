import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware, webMiddleware } from '#start/kernel'
import { stripeWebhookThrottle } from '#start/limiter'

// Stripe calls this: no session, no CSRF (the signature is the credential).
// JSON only, at most 256 KB (app/middleware/body_gate_middleware.ts), rate-limited per address.
router
  .post('/webhooks/stripe', [controllers.payments.StripeWebhook, 'handle'])
  .as('webhooks.stripe')
  .use(stripeWebhookThrottle)

router
  .group(() => {
    // Partner organisations: buy featuring, see their own payments.
    router
      .group(() => {
        router
          .post('/opportunities/:id/feature', [controllers.payments.Featuring, 'purchase'])
          .as('partner.opportunities.feature')
        router
          .get('/payments', [controllers.payments.Payments, 'organisation'])
          .as('partner.payments')
        router
          .get('/payments.csv', [controllers.payments.Payments, 'organisationCsv'])
          .as('partner.payments.export')
      })
      .prefix('/partner')
      .use([middleware.auth(), middleware.can({ ability: 'actAsPartner' })])

    // Investors: the Investor Club and their own payments.
    router
      .group(() => {
        router.get('/club', [controllers.payments.Club, 'show']).as('investor.club.show')
        router
          .post('/club/checkout', [controllers.payments.Club, 'checkout'])
          .as('investor.club.checkout')
        router
          .post('/club/portal', [controllers.payments.Club, 'portal'])
          .as('investor.club.portal')
        router.get('/payments', [controllers.payments.Payments, 'investor']).as('investor.payments')
        router
          .get('/payments.csv', [controllers.payments.Payments, 'investorCsv'])
          .as('investor.payments.export')
      })
      .prefix('/investor')
      .use([middleware.auth(), middleware.can({ ability: 'actAsInvestor' })])

    // Staff: every payment, refunds, free featuring.
    router
      .group(() => {
        router.get('/payments', [controllers.payments.Payments, 'staff']).as('staff.payments')
        router
          .get('/payments.csv', [controllers.payments.Payments, 'staffCsv'])
          .as('staff.payments.export')
        router
          .post('/payments/:id/refund', [controllers.payments.Payments, 'refund'])
          .as('staff.payments.refund')
        router
          .post('/opportunities/:id/feature', [controllers.payments.Featuring, 'grant'])
          .as('staff.opportunities.feature')
      })
      .prefix('/staff')
      .use([middleware.auth(), middleware.can({ ability: 'useCrm' })])
  })
  .use(webMiddleware())
