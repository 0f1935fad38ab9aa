import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors } from '@vinejs/vine'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { firstPrototypeKey, firstUnsafeField } from '#services/hostile_input'

/**
 * Runs right after the body parser on every route: a field (or field name) holding NUL
 * or another control character is a 422 field error, as VineJS would report it, instead
 * of a 500 from PostgreSQL with the statement in it.
 */
export default class RefuseHostileBodyMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const body = ctx.request.body()
    const field = firstUnsafeField(body)
    if (field !== null) {
      const message = i18nManager.locale(requestLocale(ctx)).t('errors.bad_characters')
      throw new errors.E_VALIDATION_ERROR([{ field, message, rule: 'controlCharacters' }])
    }
    const reserved = firstPrototypeKey(body)
    if (reserved !== null) {
      const message = i18nManager.locale(requestLocale(ctx)).t('errors.reserved_field')
      throw new errors.E_VALIDATION_ERROR([{ field: reserved, message, rule: 'reservedField' }])
    }
    return next()
  }
}
