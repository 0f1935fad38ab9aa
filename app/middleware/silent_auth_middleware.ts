import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Looks up the logged-in user, if any, without refusing guests. */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.check()
    // A deleted account's other sessions end at their next request.
    if (ctx.auth.user?.deletedAt) await ctx.auth.use('web').logout()
    return next()
  }
}
