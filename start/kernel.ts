/*
| HTTP kernel. Session, CSRF and auth are named middleware applied to the web
| group only (start/routes.ts): /health and the public JSON API skip that cost.
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import { raiseDeferredBodyRefusal } from '#middleware/refuse_hostile_body_middleware'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  // Outermost: security headers on every response, and only header-safe values written.
  () => import('#middleware/safe_headers_middleware'),
  // Request log line and metrics (app/middleware/request_observer_middleware.ts).
  () => import('#middleware/request_observer_middleware'),
  // HTML and JSON compressed when the client accepts it (built assets are precompressed).
  () => import('#middleware/compress_response_middleware'),
  // Control characters or broken escapes in the path or query: 400 before any routing.
  () => import('#middleware/refuse_hostile_url_middleware'),
  () => import('#middleware/server_timing_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  // public/ files only for URLs ending in an extension (app/middleware/static_files_middleware.ts)
  () => import('#middleware/static_files_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
])

router.use([
  // Multipart only on upload routes, JSON only on the webhook, limits by declared length.
  () => import('#middleware/body_gate_middleware'),
  () => import('@adonisjs/core/bodyparser_middleware'),
  // Every route: a body field with NUL or another control character is a 422 field error.
  () => import('#middleware/refuse_hostile_body_middleware'),
])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  sessionWhenNeeded: () => import('#middleware/session_when_needed_middleware'),
  shieldWhenNeeded: () => import('#middleware/shield_when_needed_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  initializeAuth: () => import('@adonisjs/auth/initialize_auth_middleware'),
  silentAuth: () => import('#middleware/silent_auth_middleware'),
  initializeBouncer: () => import('#middleware/initialize_bouncer_middleware'),
  detectLocale: () => import('#middleware/detect_user_locale_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  can: () => import('#middleware/can_middleware'),
  forceJson: () => import('#middleware/force_json_response_middleware'),
  uploads: () => import('#middleware/process_uploads_middleware'),
})

/**
 * The stack every browser-facing route runs: session, CSRF and security headers, who is logged in,
 * their permissions, and the language to answer in.
 */
export function webMiddleware() {
  return [
    // Session and Shield, without a session for cookieless GETs (see the middleware).
    middleware.sessionWhenNeeded(),
    middleware.shieldWhenNeeded(),
    middleware.initializeAuth(),
    middleware.silentAuth(),
    middleware.initializeBouncer(),
    middleware.detectLocale(),
    // A form field with control characters, found before the session existed: flashed back now.
    raiseDeferredBodyRefusal,
  ]
}
