/*
| HTTP kernel. Session, CSRF and auth are named middleware applied to the web
| group only (start/routes.ts): /health and the public JSON API skip that cost.
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/request_observer_middleware'),
  () => import('#middleware/server_timing_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  // public/ files only for URLs ending in an extension (app/middleware/static_files_middleware.ts)
  () => import('#middleware/static_files_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
])

router.use([() => import('@adonisjs/core/bodyparser_middleware')])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  initializeAuth: () => import('@adonisjs/auth/initialize_auth_middleware'),
  silentAuth: () => import('#middleware/silent_auth_middleware'),
  initializeBouncer: () => import('#middleware/initialize_bouncer_middleware'),
  detectLocale: () => import('#middleware/detect_user_locale_middleware'),
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  can: () => import('#middleware/can_middleware'),
  forceJson: () => import('#middleware/force_json_response_middleware'),
})

/**
 * The stack every browser-facing route runs: session, CSRF, who is logged in,
 * their permissions, and the language to answer in.
 */
export function webMiddleware() {
  return [
    middleware.session(),
    middleware.shield(),
    middleware.initializeAuth(),
    middleware.silentAuth(),
    middleware.initializeBouncer(),
    middleware.detectLocale(),
  ]
}
