import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'

/** Refuses guests: pages redirect to the login form, JSON requests get 401. */
export default class AuthMiddleware {
  redirectTo = '/login'

  async handle(
    ctx: HttpContext,
    next: NextFn,
    options: { guards?: (keyof Authenticators)[] } = {}
  ) {
    await ctx.auth.authenticateUsing(options.guards, { loginRoute: this.redirectTo })
    // A deleted account's other sessions end at their next request.
    if (ctx.auth.user?.deletedAt) {
      await ctx.auth.use('web').logout()
      return ctx.response.redirect(this.redirectTo)
    }
    return next()
  }
}
