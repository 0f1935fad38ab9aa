import redis from '@adonisjs/redis/services/main'

/** ioredis states in which a command would only wait for a reconnect that may not come. */
const down = new Set(['reconnecting', 'close', 'end'])

/**
 * Whether a Redis command is worth trying now. While the connection is lost, callers that
 * have a fallback (rate limits, sessions) use it at once instead of letting each command
 * wait for the reconnect timeout; while it is still connecting at boot, commands queue.
 */
export function redisReachable(connection: 'main' = 'main') {
  if (Date.now() < skipUntil) return false
  return !down.has(redis.connection(connection).status)
}

/** After a timed-out command, how long Redis is not even tried (then one request probes it). */
const SKIP_AFTER_TIMEOUT_MS = 5000
let skipUntil = 0

/**
 * Called by callers with a fallback when a Redis command failed. A silently unreachable
 * Redis keeps its connection "ready" while every command times out: this stops each
 * request from paying the command timeout again until the next probe.
 */
export function noteRedisFailure(error: unknown) {
  // A command that timed out while (re)connecting only says the connection was slow to open.
  const ready = redis.connection('main').status === 'ready'
  if (ready && error instanceof Error && /timed out/i.test(error.message)) {
    skipUntil = Date.now() + SKIP_AFTER_TIMEOUT_MS
  }
}
