import { configProvider } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import { noteRedisFailure } from '#services/redis_status'
import type { ConfigProvider } from '@adonisjs/core/types'
import type {
  SessionData,
  SessionStoreContract,
  SessionStoreFactory,
} from '@adonisjs/session/types'

/**
 * Sessions live in Redis. While Redis is unreachable a session that cannot be read is
 * treated as a new, anonymous one and a write that cannot be saved is dropped (logged):
 * public pages keep rendering and forms keep answering, people who were logged in look
 * logged out until Redis answers again. Nothing is ever read from or written elsewhere.
 */
class FailSoftSessionStore implements SessionStoreContract {
  constructor(
    protected store: SessionStoreContract,
    protected reachable: () => boolean
  ) {}

  protected warn(operation: string, error: unknown) {
    noteRedisFailure(error)
    logger.warn({ err: error, operation }, 'session store unreachable; continuing without it')
  }

  async read(sessionId: string): Promise<SessionData | null> {
    if (!this.reachable()) return null
    try {
      return await this.store.read(sessionId)
    } catch (error) {
      this.warn('read', error)
      return null
    }
  }

  async write(sessionId: string, data: SessionData) {
    if (!this.reachable()) return
    try {
      await this.store.write(sessionId, data)
    } catch (error) {
      this.warn('write', error)
    }
  }

  async destroy(sessionId: string) {
    if (!this.reachable()) return
    try {
      await this.store.destroy(sessionId)
    } catch (error) {
      this.warn('destroy', error)
    }
  }

  async touch(sessionId: string) {
    if (!this.reachable()) return
    try {
      await this.store.touch(sessionId)
    } catch (error) {
      this.warn('touch', error)
    }
  }
}

/** Wraps a session store's config so its failures degrade instead of answering 500. */
export function failSoft(
  provider: ConfigProvider<SessionStoreFactory>,
  reachable: () => boolean
): ConfigProvider<SessionStoreFactory> {
  return configProvider.create(async (app) => {
    const factory = await provider.resolver(app)
    return (ctx, config) => new FailSoftSessionStore(factory(ctx, config), reachable)
  })
}
