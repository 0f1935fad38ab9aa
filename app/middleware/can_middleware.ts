import type * as abilities from '#abilities/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Guards a whole route group with one pre-registered Bouncer ability
 * (e.g. `middleware.can({ ability: 'useCrm' })`). Refusal is a 403.
 */
export default class CanMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { ability: keyof typeof abilities }) {
    await ctx.bouncer.authorize(options.ability)
    return next()
  }
}
