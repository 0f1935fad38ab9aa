import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { shieldFor } from '#middleware/session_when_needed_middleware'

/**
 * Shield after SessionWhenNeededMiddleware: every guard (CSRF, CSP, frame, HSTS, nosniff),
 * except CSRF on the session-less GETs of browse pages, which have no session to keep a
 * CSRF secret in (and, being GETs, are never CSRF-checked). A middleware of its own, as
 * Shield was: its refusal (E_BAD_CSRF_TOKEN) becomes the "page expired" answer before the
 * session middleware commits, so that answer's flash message is kept.
 */
export default class ShieldWhenNeededMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    return (await shieldFor(ctx)).handle(ctx, next)
  }
}
