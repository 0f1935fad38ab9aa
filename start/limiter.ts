/*
| Rate limits, applied as route middleware (start/routes/*.ts).
|
| Redis down: the limits FAIL OVER TO THIS PROCESS'S MEMORY, they do not switch off and
| they do not refuse everyone. A check that cannot reach Redis is counted in an in-process
| store with the same rule, so each web process still enforces the limit on its own (an
| attacker gains at most a factor of the number of processes) while people keep logging in,
| asking and registering. Once Redis answers again the shared counters take over.
*/
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import logger from '@adonisjs/core/services/logger'
import limiter from '@adonisjs/limiter/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors, type LimiterResponse } from '@adonisjs/limiter'
import env from '#start/env'
import { rateLimits } from '#config/limiter'
import { noteRedisFailure, redisReachable } from '#services/redis_status'

type Rule = ReturnType<typeof limiter.allowRequests>

async function consume(name: string, build: () => Rule, ctx: HttpContext) {
  const useRedis = env.get('LIMITER_STORE') === 'redis' && redisReachable()
  if (useRedis) {
    try {
      return await build().throttle(name, ctx)
    } catch (error) {
      if (error instanceof errors.E_TOO_MANY_REQUESTS) throw error
      noteRedisFailure(error)
      logger.warn({ err: error, limiter: name }, 'rate limit store unreachable; counting in memory')
    }
  }
  return build().store('memory').throttle(name, ctx)
}

/**
 * The refusal in the caller's language. Web routes have ctx.i18n (detectLocale); the API
 * runs without the session stack, so its language comes from Accept-Language.
 */
function translate(
  error: InstanceType<typeof errors.E_TOO_MANY_REQUESTS>,
  key: string,
  ctx: HttpContext
) {
  if ('i18n' in ctx && ctx.i18n) return error.t(key)
  const locale =
    i18nManager.getSupportedLocaleFor(ctx.request.languages()) ?? i18nManager.defaultLocale
  return error.setMessage(i18nManager.locale(locale).t(key))
}

/**
 * A named limiter middleware: `build` returns the rule for this request (or null for
 * none), with its own key; a refusal carries the translated `message`.
 */
function throttle(name: string, message: string, build: (ctx: HttpContext) => Rule | null) {
  const middleware = async (ctx: HttpContext, next: NextFn) => {
    if (!build(ctx)) return next()
    const response: LimiterResponse = await consume(
      name,
      () => build(ctx)!.limitExceeded((error) => translate(error, message, ctx)),
      ctx
    )
    const result = await next()
    ctx.response.header('X-RateLimit-Limit', response.limit)
    ctx.response.header('X-RateLimit-Remaining', response.remaining)
    return result
  }
  Object.defineProperty(middleware, 'name', { value: `${name}Throttle` })
  return middleware
}

function rule(limit: { requests: number; duration: string }, key: string) {
  return limiter.allowRequests(limit.requests).every(limit.duration).usingKey(key)
}

/** The typed e-mail of a login or reset form, as the key of "attempts on this account". */
function emailKey(ctx: HttpContext) {
  const email = ctx.request.input('email')
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : null
}

/** Login attempts from one address (password spraying across accounts). */
export const loginIpThrottle = throttle('login_ip', 'errors.too_many.login', (ctx) =>
  rule(rateLimits.loginPerIp, ctx.request.ip())
)

/** Login attempts on one account, whatever the address (guessing one person's password). */
export const loginAccountThrottle = throttle('login_account', 'errors.too_many.login', (ctx) => {
  const email = emailKey(ctx)
  return email ? rule(rateLimits.loginPerAccount, email) : null
})

/** Sign-ups (investor and partner) from one address. */
export const registrationThrottle = throttle('register', 'errors.too_many.registration', (ctx) =>
  rule(rateLimits.registration, ctx.request.ip())
)

/** "Forgot password" and "set new password" from one address, and mails to one inbox. */
export const passwordResetThrottle = throttle(
  'password_reset',
  'errors.too_many.password_reset',
  (ctx) => rule(rateLimits.passwordReset, ctx.request.ip())
)
export const passwordResetAccountThrottle = throttle(
  'password_reset_account',
  'errors.too_many.password_reset',
  (ctx) => {
    const email = emailKey(ctx)
    return email ? rule(rateLimits.passwordResetPerAccount, email) : null
  }
)

/** "I am interested" per investor account (the route needs a login). */
export const interestThrottle = throttle('interest', 'errors.too_many.interest', (ctx) =>
  rule(rateLimits.interest, String(ctx.auth.user?.id ?? ctx.request.ip()))
)

/** The public inquiry form: a few questions per address and quarter of an hour. */
export const inquiryThrottle = throttle('inquiry', 'deals.inquiry.too_many', (ctx) =>
  rule(rateLimits.inquiry, ctx.request.ip())
)

/** The public JSON API, per calling address. */
export const apiThrottle = throttle('api', 'errors.too_many.api', (ctx) =>
  rateLimits.api.requests > 0 ? rule(rateLimits.api, ctx.request.ip()) : null
)

/** The Stripe webhook, per calling address: Stripe's own bursts fit, a flood does not. */
export const stripeWebhookThrottle = throttle('stripe_webhook', 'errors.too_many.api', (ctx) =>
  rule(rateLimits.stripeWebhook, ctx.request.ip())
)

export const inboundMailThrottle = throttle('inbound_mail', 'errors.too_many.api', (ctx) =>
  rule(rateLimits.inboundMailWebhook, ctx.request.ip())
)
