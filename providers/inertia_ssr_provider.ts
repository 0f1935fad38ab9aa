import type { ApplicationService } from '@adonisjs/core/types'
import type { HttpContext } from '@adonisjs/core/http'
import type { Vite } from '@adonisjs/vite'
import { Inertia, InertiaManager, ServerRenderer } from '@adonisjs/inertia'
import type { ComponentProps, InertiaConfig } from '@adonisjs/inertia/types'

type RenderedPage = Parameters<ServerRenderer['render']>[0]

/**
 * Server rendering that never costs a visitor the page: when the render throws (a
 * component touching `window`, a bad prop), the error is logged and the page goes out
 * as the client-rendered shell, which the browser renders as before.
 */
class FailSoftServerRenderer extends ServerRenderer {
  constructor(
    config: InertiaConfig,
    vite: Vite,
    private onError: (error: unknown, page: RenderedPage) => void
  ) {
    super(config, vite)
  }

  async render(page: RenderedPage) {
    try {
      return await super.render(page)
    } catch (error) {
      this.onError(error, page)
      // An empty body makes the root view write the client-rendered shell.
      return { head: [], body: '' }
    }
  }
}

class FailSoftInertiaManager extends InertiaManager {
  #renderer: FailSoftServerRenderer

  constructor(
    private inertiaConfig: InertiaConfig,
    private vite: Vite,
    onError: (error: unknown, page: RenderedPage) => void
  ) {
    super(inertiaConfig, vite)
    this.#renderer = new FailSoftServerRenderer(inertiaConfig, vite, onError)
  }

  createForRequest<Pages extends Record<string, ComponentProps>>(ctx: HttpContext) {
    return new Inertia<Pages>(ctx, this.inertiaConfig, this.vite, this.#renderer)
  }
}

/** Replaces the adapter's InertiaManager binding (registered after its provider). */
export default class InertiaSsrProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(InertiaManager, async (resolver) => {
      const config = this.app.config.get<InertiaConfig>('inertia')
      const vite = await resolver.make('vite')
      const logger = await resolver.make('logger')
      return new FailSoftInertiaManager(config, vite, (error, page) => {
        logger.error({ err: error, component: page.component, url: page.url }, 'SSR failed')
      })
    })
  }
}
