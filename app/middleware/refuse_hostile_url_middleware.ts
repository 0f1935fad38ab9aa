import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { decodeUrlPart, unsafeInUrl } from '#services/hostile_input'

/**
 * Refuses, before routing, a path or query string holding control characters (NUL,
 * CR/LF, DEL…) or escapes that do not decode to UTF-8. Route params come from the path,
 * so no slug or id with such bytes reaches SQL, a redirect or a header.
 */
export default class RefuseHostileUrlMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!hostileUrl(ctx.request.request.url ?? '/')) return next()
    const message = i18nManager.locale(requestLocale(ctx)).t('errors.bad_address')
    ctx.response.status(400)
    if (ctx.request.url().startsWith('/api/') || ctx.request.accepts(['html', 'json']) === 'json') {
      return ctx.response.send({ errors: [{ message, requestId: ctx.request.id() }] })
    }
    return ctx.response.type('text/plain').send(message)
  }
}

function hostileUrl(url: string) {
  const queryStart = url.search(/[?#]/)
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? '' : url.slice(queryStart + 1)
  const decodedPath = decodeUrlPart(path)
  if (decodedPath === null || unsafeInUrl(decodedPath)) return true
  for (const pair of query.split('&')) {
    for (const part of pair.split('=')) {
      const decoded = decodeUrlPart(part, true)
      if (decoded === null || unsafeInUrl(decoded)) return true
    }
  }
  return false
}
