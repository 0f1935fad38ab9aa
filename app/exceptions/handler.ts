import app from '@adonisjs/core/services/app'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as shieldErrors } from '@adonisjs/shield'
import i18nManager from '@adonisjs/i18n/services/main'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { Exception } from '@adonisjs/core/exceptions'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction && !app.inTest

  // Friendly pages for people; JSON callers (API, Inertia JSON) still get JSON bodies.
  protected renderStatusPages = app.inProduction || app.inTest

  // The renderer's return value becomes the body (awaited): Inertia's render is a promise.
  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (error, ctx) =>
      'inertia' in ctx
        ? ctx.inertia.render('errors/forbidden', {})
        : plainError(ctx, error.status, 'errors.forbidden.body'),
    '404': (error, ctx) =>
      'inertia' in ctx
        ? ctx.inertia.render('errors/not_found', {})
        : plainError(ctx, error.status, 'errors.not_found.body'),
    '500..599': (error, ctx) =>
      'inertia' in ctx
        ? ctx.inertia.render('errors/server_error', { requestId: ctx.request.id() ?? null })
        : plainError(ctx, error.status, 'errors.server_error.body'),
  }

  /**
   * JSON callers of a failed request get a generic message and the request id (which is in
   * the log line), never the error's own text: a database error's message is its SQL.
   */
  async renderErrorAsJSON(error: HttpError, ctx: HttpContext) {
    if (error.status < 500 || this.isDebuggingEnabled(ctx))
      return super.renderErrorAsJSON(error, ctx)
    ctx.response.status(error.status).send({ errors: [genericError(ctx)] })
  }

  async renderErrorAsJSONAPI(error: HttpError, ctx: HttpContext) {
    if (error.status < 500 || this.isDebuggingEnabled(ctx)) {
      return super.renderErrorAsJSONAPI(error, ctx)
    }
    ctx.response
      .status(error.status)
      .send({ errors: [{ title: genericError(ctx).message, status: error.status }] })
  }

  async handle(error: unknown, ctx: HttpContext) {
    // Shield checks the CSRF token before the locale middleware has run; its "form expired"
    // message (Shield flashes it itself) would otherwise always be English.
    if (error instanceof shieldErrors.E_BAD_CSRF_TOKEN && !(ctx as Partial<HttpContext>).i18n) {
      ctx.i18n = i18nManager.locale(requestLocale(ctx))
    }
    // Bouncer answers a refused page visit with plain text; people get the 403 page instead,
    // or the 404 page when a policy hides that the record exists.
    // (Refused form posts keep Bouncer's behaviour: back to the form with the message flashed.)
    if (
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE &&
      ctx.request.method() === 'GET' &&
      ctx.request.accepts(['html', 'json']) === 'html' &&
      'inertia' in ctx
    ) {
      const status = error.response.status ?? error.status
      // A revoked data-room document: gone for good, said in plain words.
      if (status === 410) return ctx.response.send(plainError(ctx, 410, 'errors.gone.body'))
      return status === 404
        ? ctx.response.notFound(await ctx.inertia.render('errors/not_found', {}))
        : ctx.response.forbidden(await ctx.inertia.render('errors/forbidden', {}))
    }
    // Two people changed the same listing at once: the second gets the fresh page, not a raw 409.
    if (
      error instanceof Exception &&
      (error.code === 'E_INVALID_TRANSITION' || error.code === 'E_DEAL_MOVED') &&
      ctx.request.accepts(['html', 'json']) === 'html' &&
      'session' in ctx
    ) {
      ctx.session.flash(
        'error',
        ctx.i18n.t(
          error.code === 'E_DEAL_MOVED' ? 'errors.deal_moved' : 'errors.invalid_transition'
        )
      )
      return ctx.response.redirect().back()
    }
    // A rate-limited form post goes back to the form with the reason, not a bare 429 text.
    if (
      error instanceof limiterErrors.E_TOO_MANY_REQUESTS &&
      ctx.request.accepts(['html', 'json']) === 'html' &&
      'session' in ctx
    ) {
      ctx.session.flash('error', error.getResponseMessage(ctx))
      ctx.response.header('Retry-After', error.response.availableIn)
      return ctx.response.redirect().back()
    }
    // PostgreSQL restarting or failing over: "try again shortly" (503 + Retry-After), which
    // clients and load balancers retry, rather than a 500 that says the request was wrong.
    if (databaseUnavailable(error)) {
      ctx.response.header('Retry-After', 5)
      return super.handle(new Exception('Database unavailable', { status: 503 }), ctx)
    }
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}

type HttpError = Parameters<ExceptionHandler['renderErrorAsJSON']>[0]

function translator(ctx: HttpContext) {
  return (ctx as Partial<HttpContext>).i18n ?? i18nManager.locale(requestLocale(ctx))
}

function genericError(ctx: HttpContext) {
  return { message: translator(ctx).t('errors.server_error.body'), requestId: ctx.request.id() }
}

/** An error before Inertia was set up (e.g. in an early server middleware): a short text. */
function plainError(ctx: HttpContext, status: number, key: string) {
  ctx.response.status(status).type('text/plain')
  return translator(ctx).t(key)
}

/** PostgreSQL refused or dropped the connection, or is shutting down (not a bad query). */
function databaseUnavailable(error: unknown) {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03'].includes(code ?? '') ||
    /Connection terminated|Timeout acquiring a connection/.test(message ?? '')
  )
}
