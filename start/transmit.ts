/*
| Live updates (server-sent events). Only staff may listen to the CRM board, and each
| staff member only to their own notifications. The
| transmit endpoints get session and auth, not CSRF: subscribing changes nothing.
*/
import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { requestLocale } from '#middleware/detect_user_locale_middleware'
import { middleware } from '#start/kernel'
import { BOARD_CHANNEL } from '#services/live_board'
import { NOTIFICATIONS_CHANNEL } from '#services/live_notifications'

/** transmit-client names each browser tab by a random UUID; a short token is accepted too. */
const UID = /^[\w-]{1,100}$/

/**
 * Transmit's own controllers throw (500) on a missing uid and pass any value on; a
 * stream or subscription without a proper uid (and channel) is a 400 before the session.
 */
async function requireTransmitUid(ctx: HttpContext, next: NextFn) {
  const uid: unknown = ctx.request.input('uid')
  const channel: unknown = ctx.request.input('channel')
  const needsChannel = ctx.request.method() === 'POST'
  const valid =
    typeof uid === 'string' &&
    UID.test(uid) &&
    (!needsChannel || (typeof channel === 'string' && channel.length > 0 && channel.length <= 200))
  if (valid) return next()
  const message = i18nManager.locale(requestLocale(ctx)).t('errors.transmit_request')
  return ctx.response.badRequest({ errors: [{ message }] })
}

transmit.registerRoutes((route) => {
  route.use([
    requireTransmitUid,
    middleware.session(),
    middleware.initializeAuth(),
    middleware.silentAuth(),
  ])
})

transmit.authorize(BOARD_CHANNEL, (ctx: HttpContext) => Boolean(ctx.auth.user?.isStaff))
// Each staff member hears only their own notifications.
transmit.authorize<{ id: string }>(NOTIFICATIONS_CHANNEL, (ctx: HttpContext, { id }) =>
  Boolean(ctx.auth.user?.isStaff && String(ctx.auth.user.id) === id)
)
