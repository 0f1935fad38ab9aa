import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD', ''),
      db: 0,
      keyPrefix: env.get('REDIS_KEY_PREFIX'),
      // Fail fast while Redis is down instead of waiting forever: a command is
      // retried once, then rejected, so pages keep rendering and callers degrade.
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      // A Redis that is silently unreachable (packets dropped) never refuses: without a
      // bound a command waits for TCP to give up. Callers fall back after this long, and
      // app/services/redis_status.ts skips Redis for a while after such a timeout.
      commandTimeout: env.get('REDIS_COMMAND_TIMEOUT_MS', 500),
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
