import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Exception } from '@adonisjs/core/exceptions'
import string from '@adonisjs/core/helpers/string'
import i18nManager from '@adonisjs/i18n/services/main'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { bodyLimits, uploadRoutes } from '#config/bodyparser'
import { inboundMailConfig } from '#config/inbound_mail'

const WEBHOOK = '/webhooks/stripe'
/** Raw MIME, read by its controller (the body parser leaves these types alone). */
const INBOUND_MAIL = '/webhooks/inbound-mail'

/**
 * Runs before the body parser: a body is read only where it belongs. Multipart outside the
 * upload routes, anything but JSON on the Stripe webhook and anything but a raw message on
 * the inbound mail webhook get 415, a declared length over
 * the route's limit 413, all without reading a byte (the parser's own limit still stops a
 * chunked body that grows too large).
 */
export default class BodyGateMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method()) || !request.hasBody()) {
      return next()
    }
    const pattern = ctx.route?.pattern ?? ''
    const isUpload = uploadRoutes.includes(pattern)
    if (request.is(['multipart/form-data']) && !isUpload) refuse(ctx, 415, 'errors.body.type')
    if (pattern === WEBHOOK) {
      if (!request.is(['application/json'])) refuse(ctx, 415, 'errors.body.type')
      if (!request.header('content-length')) refuse(ctx, 411, 'errors.body.length_required')
    }
    if (pattern === INBOUND_MAIL) {
      if (!request.is(['message/rfc822', 'application/octet-stream'])) {
        refuse(ctx, 415, 'errors.body.type')
      }
    }
    const limit =
      pattern === INBOUND_MAIL
        ? inboundMailConfig.maxBytes
        : string.bytes.parse(
            pattern === WEBHOOK
              ? bodyLimits.stripeWebhook
              : isUpload
                ? bodyLimits.upload
                : bodyLimits.default
          )
    if (Number(request.header('content-length') ?? 0) > (limit ?? Infinity)) {
      refuse(ctx, 413, 'errors.body.too_large')
    }
    return next()
  }
}

function refuse(ctx: HttpContext, status: number, key: string): never {
  const message = i18nManager.locale(requestLocale(ctx)).t(key)
  throw new Exception(message, { status, code: 'E_BODY_REFUSED' })
}
