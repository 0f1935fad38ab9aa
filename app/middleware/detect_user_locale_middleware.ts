import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { RequestValidator } from '@adonisjs/core/http'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

export const LOCALE_COOKIE = 'most-locale'

/** `?lang=` of a page's per-language URL (search engines, shared links), when supported. */
function linkedLocale(ctx: HttpContext) {
  const lang = ctx.request.qs().lang
  return typeof lang === 'string' && i18nManager.supportedLocales().includes(lang)
    ? lang
    : undefined
}

/**
 * The language to answer in: the URL's `?lang=`, the logged-in user's saved choice, then
 * the language-switcher cookie, then the browser's Accept-Language, then English.
 */
export function requestLocale(ctx: HttpContext) {
  const chosen = linkedLocale(ctx) ?? ctx.auth?.user?.locale ?? ctx.request.cookie(LOCALE_COOKIE)
  if (chosen && i18nManager.supportedLocales().includes(chosen)) {
    return chosen
  }
  return i18nManager.getSupportedLocaleFor(ctx.request.languages()) ?? i18nManager.defaultLocale
}

/** Gives every request its translator, in the language `requestLocale` picks. */
export default class DetectUserLocaleMiddleware {
  static {
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(requestLocale(ctx))
    // A visitor who followed a link in one language keeps it while browsing on.
    const linked = linkedLocale(ctx)
    if (linked && !ctx.auth?.user && ctx.request.cookie(LOCALE_COOKIE) !== linked) {
      ctx.response.cookie(LOCALE_COOKIE, linked, { maxAge: '1y', httpOnly: true, sameSite: 'lax' })
    }
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
