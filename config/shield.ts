import app from '@adonisjs/core/services/app'
import { servedOverHttps } from '#config/app'
import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  // The built pages load only same-origin scripts and styles (Vite bundles), so no inline script is needed.
  csp: {
    enabled: app.inProduction,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:', 'blob:', 'https:'],
      connectSrc: [`'self'`],
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
    exceptRoutes: [],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: servedOverHttps, maxAge: '180 days' },
  contentTypeSniffing: { enabled: true },
})

export default shieldConfig
