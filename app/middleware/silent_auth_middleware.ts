import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Looks up the logged-in user, if any, without refusing guests. */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const guard = ctx.auth.use('web')
    // No user id in the session (every anonymous page view; no remember-me tokens, see
    // config/auth.ts): nobody to look up, and check() would build an E_UNAUTHORIZED_ACCESS
    // exception, stack trace included, only to say so.
    if (!ctx.session.has(guard.sessionKeyName)) return next()
    await ctx.auth.check()
    // A deleted account's other sessions end at their next request.
    if (ctx.auth.user?.deletedAt) await guard.logout()
    return next()
  }
}
