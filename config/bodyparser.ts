import { defineConfig } from '@adonisjs/core/bodyparser'

/**
 * Multipart bodies are parsed only on these routes, and only by the `uploads` middleware
 * they carry, which runs after sign-in, role and CSRF checks and removes its temp files
 * when the response ends (app/middleware/process_uploads_middleware.ts). Multipart sent
 * anywhere else is refused unread (app/middleware/body_gate_middleware.ts).
 */
export const uploadRoutes = [
  '/partner/opportunities/:id/documents',
  '/crm/stories',
  '/crm/stories/:id',
  '/crm/events/:id/import',
  '/partner/imports',
  '/staff/imports',
]

/** Largest body per kind of route, checked on Content-Length before anything is read. */
export const bodyLimits = {
  // Forms and JSON: the longest listing texts fit many times over.
  default: '1mb',
  // One upload: files are at most 20 MB each (app/validators), plus the form's fields.
  upload: '22mb',
  // Stripe's events are a few KB; only JSON, with a Content-Length.
  stripeWebhook: '256kb',
}

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    types: ['application/x-www-form-urlencoded'],
    limit: bodyLimits.default,
  },
  json: {
    convertEmptyStringsToNull: true,
    limit: bodyLimits.default,
    types: [
      'application/json',
      'application/json-patch+json',
      'application/vnd.api+json',
      'application/csp-report',
    ],
  },
  multipart: {
    autoProcess: false,
    convertEmptyStringsToNull: true,
    processManually: [],
    limit: bodyLimits.upload,
    types: ['multipart/form-data'],
  },
})

export default bodyParserConfig
