import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Session } from '@adonisjs/session'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type {
  ResolvedSessionConfig,
  SessionStoreContract,
  SessionData,
} from '@adonisjs/session/types'
import type { ShieldConfig } from '@adonisjs/shield/types'
import encryption from '@adonisjs/core/services/encryption'

/** The route that starts a session for a visitor about to send a form (inertia/app.ts). */
export const START_SESSION_ROUTE = 'session.start'

/**
 * The pages anonymous visitors browse, with no form but the language switch (which the
 * browser prepares with START_SESSION_ROUTE). Pages with a guest form (sign-in, inquiry,
 * event sign-up, signed links) still start the session when they are shown.
 */
export const BROWSE_ROUTES = new Set([
  'home',
  'opportunities.index',
  'opportunities.show',
  'opportunities.cover',
  'organisations.show',
  'municipalities.show',
  'directory.index',
  'figures.index',
  'stories.index',
  'stories.show',
  'stories.photo',
])

/**
 * The session for the web routes (and, with ShieldWhenNeededMiddleware after it, Shield's
 * CSRF, CSP, frame, HSTS and nosniff guards), with one
 * exception: a GET or HEAD of a browse page (BROWSE_ROUTES) from a visitor who has no
 * session cookie (a first visit, a crawler, anyone browsing anonymously) gets no session,
 * no CSRF secret and no cookies — unless the request itself stores something in the
 * session (a flash message, say), which is then saved and its cookie set as usual.
 *
 * Such a request cannot change anything (GET and HEAD are never CSRF-checked, and nothing
 * is written), so no protection is lost: every POST/PUT/PATCH/DELETE still runs the full
 * session and CSRF check. What it saves is the anonymous majority's per-request cost: a
 * session row written for every cookieless page view (and read on every later one), the
 * signed session cookie and the encrypted XSRF-TOKEN cookie. Before a visitor's first
 * form is sent from such a page (the language switch), the browser asks
 * START_SESSION_ROUTE for its session and XSRF-TOKEN (inertia/app.ts), so the form
 * carries a valid token.
 */
export default class SessionWhenNeededMiddleware {
  static #setup?: Promise<{
    config: ResolvedSessionConfig
    headersOnly: ShieldMiddleware
    cookie: RegExp
  }>

  /** Built once per process: the session config, and Shield without CSRF. */
  static setup() {
    this.#setup ??= (async () => {
      const config = (await configProvider.resolve<ResolvedSessionConfig>(
        app,
        app.config.get('session')
      ))!
      const shieldConfig = app.config.get<ShieldConfig>('shield')
      return {
        config,
        headersOnly: new ShieldMiddleware(
          { ...shieldConfig, csrf: { ...shieldConfig.csrf, enabled: false } },
          encryption.use()
        ),
        cookie: new RegExp(`(?:^|;\\s*)${config.cookieName}=`),
      }
    })()
    return this.#setup
  }

  async handle(ctx: HttpContext, next: NextFn) {
    const { config, cookie } = await SessionWhenNeededMiddleware.setup()
    if (!config.enabled || !sessionless(ctx, cookie)) {
      // The library's own middleware (from the container each time: tests swap it).
      return (await app.container.make(SessionMiddleware)).handle(ctx, next)
    }
    withoutSession.add(ctx)
    // No cookie, so no stored session to read: a store that answers "none" without asking.
    const store = config.stores[config.store]
    ctx.session = new Session(
      config,
      (context, sessionConfig) => new UnreadSessionStore(store(context, sessionConfig)),
      emitter,
      ctx
    )
    await ctx.session.initiate(false)
    const output = await next()
    if (ctx.session.hasBeenModified || !ctx.session.responseFlashMessages.isEmpty) {
      await ctx.session.commit()
    }
    return output
  }
}

/** Requests this middleware left without a stored session (so ShieldWhenNeeded skips CSRF). */
const withoutSession = new WeakSet<HttpContext>()

/** Shield's guards for this request: all of them, or all but CSRF for a request without session. */
export async function shieldFor(ctx: HttpContext) {
  if (withoutSession.has(ctx)) return (await SessionWhenNeededMiddleware.setup()).headersOnly
  return app.container.make(ShieldMiddleware)
}

/** A GET/HEAD of a browse page without a session cookie. */
function sessionless(ctx: HttpContext, sessionCookie: RegExp) {
  const method = ctx.request.method()
  if (method !== 'GET' && method !== 'HEAD') return false
  if (!BROWSE_ROUTES.has(ctx.route?.name ?? '')) return false
  // The raw header, not request.cookie(): that would verify a signature to learn the same.
  const header = ctx.request.header('cookie')
  return !header || !sessionCookie.test(header)
}

/** The real store for writing; reading is skipped, as the visitor sent no session id. */
class UnreadSessionStore implements SessionStoreContract {
  constructor(protected store: SessionStoreContract) {}

  async read(): Promise<SessionData | null> {
    return null
  }

  write(sessionId: string, values: SessionData) {
    return this.store.write(sessionId, values)
  }

  destroy(sessionId: string) {
    return this.store.destroy(sessionId)
  }

  touch(sessionId: string) {
    return this.store.touch(sessionId)
  }
}
