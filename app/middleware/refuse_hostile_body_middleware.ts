import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors } from '@vinejs/vine'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { firstPrototypeKey, firstUnsafeField } from '#services/hostile_input'

/** Refusals found before the session existed, raised once the web stack has one. */
const deferred = new WeakMap<HttpContext, InstanceType<typeof errors.E_VALIDATION_ERROR>>()

/**
 * Runs right after the body parser on every route: a field (or field name) holding NUL
 * or another control character is a 422 field error, as VineJS would report it, instead
 * of a 500 from PostgreSQL with the statement in it. A browser form (Inertia or HTML)
 * gets its refusal from `raiseDeferredBodyRefusal` at the end of the web stack instead,
 * so the error is flashed beside the field with the typed input kept, like any other.
 */
export default class RefuseHostileBodyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const refusal = hostileBodyRefusal(ctx)
    if (!refusal) return next()
    // A browser form is an Inertia visit or a classic form post; JSON callers get the 422 now.
    const fromBrowserForm =
      ctx.request.header('x-inertia') === 'true' ||
      ctx.request.is(['urlencoded', 'multipart']) !== null
    if (!fromBrowserForm) throw refusal
    deferred.set(ctx, refusal)
    return next()
  }
}

/** The last middleware of the web stack (start/kernel.ts): session, CSRF and locale are set. */
export async function raiseDeferredBodyRefusal(ctx: HttpContext, next: NextFn) {
  const refusal = deferred.get(ctx)
  if (refusal) throw refusal
  return next()
}

function hostileBodyRefusal(ctx: HttpContext) {
  const body = ctx.request.body()
  const t = (key: string) => i18nManager.locale(requestLocale(ctx)).t(key)
  const field = firstUnsafeField(body)
  if (field !== null) {
    return new errors.E_VALIDATION_ERROR([
      { field, message: t('errors.bad_characters'), rule: 'controlCharacters' },
    ])
  }
  const reserved = firstPrototypeKey(body)
  if (reserved !== null) {
    return new errors.E_VALIDATION_ERROR([
      { field: reserved, message: t('errors.reserved_field'), rule: 'reservedField' },
    ])
  }
  return null
}
