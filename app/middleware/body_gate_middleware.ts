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
 * the inbound mail webhook get 415, a declared length over the route's limit 413, without
 * a byte stored (a refused body within the limit is read and dropped first, so the client
 * gets the answer; the parser's own limit still stops a chunked body that grows too large).
 */
export default class BodyGateMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request } = ctx
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method()) || !request.hasBody()) {
      return next()
    }
    const pattern = ctx.route?.pattern ?? ''
    const isUpload = uploadRoutes.includes(pattern)
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
    const declared = Number(request.header('content-length') ?? 0)
    const tooLarge = declared > (limit ?? Infinity)
    const refuseBody = (status: number, key: string) =>
      tooLarge ? refuse(ctx, status, key) : refuseAfterBody(ctx, status, key)
    if (request.is(['multipart/form-data']) && !isUpload) await refuseBody(415, 'errors.body.type')
    if (pattern === WEBHOOK) {
      if (!request.is(['application/json'])) await refuseBody(415, 'errors.body.type')
      if (!request.header('content-length')) await refuseBody(411, 'errors.body.length_required')
    }
    if (pattern === INBOUND_MAIL) {
      if (!request.is(['message/rfc822', 'application/octet-stream'])) {
        await refuseBody(415, 'errors.body.type')
      }
    }
    if (tooLarge) refuse(ctx, 413, 'errors.body.too_large')
    return next()
  }
}

/** How long a refused body within the limit may take to arrive before the answer goes anyway. */
const DISCARD_WAIT_MS = 5000

/**
 * Refuses a body of the wrong kind once the client has sent it (one within the route's
 * limit), dropping it unread. Answering while the client is still sending
 * closes the connection under it: it sees EPIPE or a reset, not the answer.
 */
async function refuseAfterBody(ctx: HttpContext, status: number, key: string): Promise<never> {
  const body = ctx.request.request
  if (!body.readableEnded) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, DISCARD_WAIT_MS)
      function done() {
        clearTimeout(timer)
        body.off('end', done).off('close', done).off('error', done)
        resolve()
      }
      body.once('end', done).once('close', done).once('error', done)
      body.resume()
    })
  }
  refuse(ctx, status, key)
}

function refuse(ctx: HttpContext, status: number, key: string): never {
  const message = i18nManager.locale(requestLocale(ctx)).t(key)
  throw new Exception(message, { status, code: 'E_BODY_REFUSED' })
}
