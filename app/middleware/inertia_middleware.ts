import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import UserTransformer from '#transformers/user_transformer'
import { clientMessages } from '#services/client_messages'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props every page receives. Error pages can render before the session, auth
   * or locale middleware ran, so each of them may be missing here.
   */
  share(ctx: HttpContext) {
    const { session, auth, i18n } = ctx as Partial<HttpContext>
    const locale = i18n?.locale ?? 'en'

    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      flash: ctx.inertia.always({
        success: (session?.flashMessages.get('success') as string | undefined) ?? null,
        error: (session?.flashMessages.get('error') as string | undefined) ?? null,
      }),
      user: ctx.inertia.always(auth?.user ? UserTransformer.transform(auth.user) : null),
      locale: ctx.inertia.always(locale),
      // Keyed by language: sent again only when the browser does not hold this one yet.
      messages: ctx.inertia.once(() => clientMessages(locale), { key: `messages:${locale}` }),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
