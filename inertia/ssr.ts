import { createSSRApp, h, type DefineComponent } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createInertiaApp } from '@inertiajs/vue3'
import type { Page } from '@inertiajs/core'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, useLocale } from '~/i18n'
import { pageTitle } from '~/page_title'

/**
 * Server-side rendering of one page (loaded by @adonisjs/inertia through
 * `vite.loadServerModule`). The translations are module state shared by every request,
 * so renders run one at a time: switching the language and rendering happen without
 * another request's render in between. Rendering is CPU work on one thread anyway.
 */
let queue: Promise<unknown> = Promise.resolve()

export default function render(page: Page) {
  const run = queue.then(() => renderPage(page))
  queue = run.catch(() => undefined)
  return run
}

async function renderPage(page: Page) {
  await useLocale(String(page.props.locale ?? 'en'))
  return createInertiaApp({
    page,
    render: renderToString,
    title: pageTitle,
    resolve: (name) =>
      resolvePageComponent(
        `./pages/${name}.vue`,
        import.meta.glob<DefineComponent>('./pages/**/*.vue'),
        AppLayout
      ),
    setup({ App, props, plugin }) {
      const app = createSSRApp({ render: () => h(App, props) })
      app.config.globalProperties.$t = t
      return app.use(plugin)
    },
  })
}
