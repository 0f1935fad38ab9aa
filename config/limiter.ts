import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'

const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE'),
  stores: {
    redis: stores.redis({ connectionName: 'main', rejectIfRedisNotReady: false }),
    // Also the fallback while Redis is unreachable (start/limiter.ts).
    memory: stores.memory({}),
  },
})

/**
 * How often each public action may be used. Generous for people (and for the test suite,
 * which runs from one address), tight enough to stop scripted guessing and flooding.
 */
export const rateLimits = {
  loginPerIp: { requests: 30, duration: '1 minute' },
  loginPerAccount: { requests: 10, duration: '15 minutes' },
  registration: { requests: 20, duration: '1 hour' },
  passwordReset: { requests: 20, duration: '15 minutes' },
  passwordResetPerAccount: { requests: 5, duration: '1 hour' },
  interest: { requests: 10, duration: '1 hour' },
  inquiry: { requests: 5, duration: '15 minutes' },
  stripeWebhook: { requests: 600, duration: '1 minute' },
  inboundMailWebhook: { requests: 600, duration: '1 minute' },
  // Raise it for load tests (API_RATE_LIMIT_PER_MINUTE); 0 switches the API limit off.
  api: { requests: env.get('API_RATE_LIMIT_PER_MINUTE', 300), duration: '1 minute' },
}

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
