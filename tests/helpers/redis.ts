import { Redis } from 'ioredis'
import env from '#start/env'

/**
 * Deletes every key under the test prefix (sessions, limiter, queues) so a run
 * leaves no trace. Uses its own short-lived client, independent of the app's.
 */
export async function clearTestRedisKeys(prefix: string = env.get('REDIS_KEY_PREFIX')) {
  const client = new Redis({
    host: env.get('REDIS_HOST'),
    port: env.get('REDIS_PORT'),
    password: env.get('REDIS_PASSWORD') || undefined,
    maxRetriesPerRequest: 1,
  })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
      cursor = next
      if (keys.length) await client.del(...keys)
    } while (cursor !== '0')
  } finally {
    client.disconnect()
  }
}
