import { timingSafeEqual, createHash } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'

/**
 * Who may see internals (the detailed /health report, /metrics): a caller sending the
 * `x-monitoring-secret` header equal to MONITORING_SECRET, or signed-in staff/admin where
 * the route runs the session and auth middleware. Without a configured secret only staff.
 */
export async function canSeeInternals(ctx: HttpContext): Promise<boolean> {
  const secret = env.get('MONITORING_SECRET')
  const sent = ctx.request.header('x-monitoring-secret')
  if (secret && sent) {
    // Hashes have the same length, so the comparison takes the same time whatever was sent.
    const digest = (value: string) => createHash('sha256').update(value).digest()
    if (timingSafeEqual(digest(sent), digest(secret))) return true
  }
  // ctx.auth exists only behind initialize_auth; a route without a session has no user.
  const auth = (ctx as Partial<HttpContext>).auth
  if (!auth || !(ctx as Partial<HttpContext>).session) return false
  const user = auth.user ?? (await auth.check().then(() => auth.user))
  return user?.role === 'staff' || user?.role === 'admin'
}
