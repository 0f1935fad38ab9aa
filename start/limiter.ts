/*
| Rate limits for public forms, applied as route middleware.
*/
import limiter from '@adonisjs/limiter/services/main'

/** The public inquiry form: a few questions per address and quarter of an hour. */
export const inquiryThrottle = limiter.define('inquiry', (ctx) =>
  limiter
    .allowRequests(5)
    .every('15 minutes')
    .usingKey(`inquiry_${ctx.request.ip()}`)
    .limitExceeded((error) => error.t('inquiry.too_many'))
)
