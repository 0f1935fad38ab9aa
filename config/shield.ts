import app from '@adonisjs/core/services/app'
import { servedOverHttps } from '#config/app'
import { defineConfig } from '@adonisjs/shield'

// Outside production the Vite dev server pushes updates over its own websocket port.
const devSockets = app.inProduction ? [] : ['ws:']

const shieldConfig = defineConfig({
  // The pages load only same-origin scripts (Vite bundles); Inertia's page data sits in a
  // JSON <script type="application/json">, which is never executed, so no inline script
  // (and no nonce) is needed. Styles allow inline for Vue's style bindings and Leaflet.
  // Enforced in every environment so the tests and browser tests run under the same policy.
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:', 'blob:', 'https:'],
      connectSrc: [`'self'`, ...devSockets],
      fontSrc: [`'self'`, 'data:'],
      objectSrc: [`'none'`],
      frameAncestors: [`'none'`],
      baseUri: [`'self'`],
      formAction: [`'self'`],
    },
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    // Stripe signs its webhooks instead (the route also sits outside the session stack).
    // Mail clients' one-click unsubscribe (RFC 8058) POSTs without a token: the signed URL is the credential.
    exceptRoutes: [
      '/webhooks/stripe',
      '/webhooks/inbound-mail',
      '/alerts/unsubscribe/:id',
      '/events/follow-ups/:id/stop',
    ],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: servedOverHttps, maxAge: '180 days' },
  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
