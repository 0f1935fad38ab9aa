import redis from '@adonisjs/redis/services/main'

/** ioredis states in which a command would only wait for a reconnect that may not come. */
const down = new Set(['reconnecting', 'close', 'end'])

/**
 * Whether a Redis command is worth trying now. While the connection is lost, callers that
 * have a fallback (rate limits, sessions) use it at once instead of letting each command
 * wait for the reconnect timeout; while it is still connecting at boot, commands queue.
 */
export function redisReachable(connection: 'main' = 'main') {
  return !down.has(redis.connection(connection).status)
}
