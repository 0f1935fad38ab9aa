import { createHash, timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'

/** Header that monitoring sends with MONITORING_SECRET. */
export const MONITORING_HEADER = 'x-monitoring-secret'

/**
 * Whether the caller may see internals (detailed health report, metrics): monitoring that
 * sends MONITORING_SECRET in `x-monitoring-secret`, or a signed-in staff member or admin on
 * a route that runs the session stack. Routes without a session (/health) never start one.
 */
export async function canSeeInternals(ctx: HttpContext): Promise<boolean> {
  if (secretMatches(ctx.request.header(MONITORING_HEADER))) return true
  // silentAuth has already looked up the user wherever the session stack runs.
  return Boolean((ctx as Partial<HttpContext>).auth?.user?.isStaff)
}

/** Compared in constant time (both sides hashed to the same length first). */
function secretMatches(sent: string | undefined) {
  const secret = env.get('MONITORING_SECRET')
  if (!secret || !sent) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(sent), digest(secret))
}
