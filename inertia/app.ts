import './css/app.css'
import { createApp, createSSRApp, h, type DefineComponent } from 'vue'
import { createInertiaApp, http } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, useLocale } from '~/i18n'
import { pageTitle } from '~/page_title'

// Anonymous pages come without a session (app/middleware/session_when_needed_middleware.ts):
// before a visitor's first form is sent, fetch the session and its XSRF-TOKEN cookie, which
// the request then carries as its CSRF token.
http.onRequest(async (config) => {
  if (config.method.toLowerCase() !== 'get' && !/(?:^|;\s*)XSRF-TOKEN=/.test(document.cookie)) {
    await fetch('/session', { credentials: 'same-origin' })
  }
  return config
})

createInertiaApp({
  title: pageTitle,
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue'),
      AppLayout
    ),
  async setup({ el, App, props, plugin }) {
    // Translations must be in place before the first render (and before hydration, so
    // the client renders the same text the server sent).
    await useLocale(String(props.initialPage.props.locale ?? 'en'))
    // Public pages arrive rendered by the server: hydrate them instead of rendering again.
    const serverRendered = el?.hasAttribute('data-server-rendered')
    const app = (serverRendered ? createSSRApp : createApp)({ render: () => h(App, props) })
    app.config.globalProperties.$t = t
    app.use(plugin).mount(el!)
    // The server-rendered page is interactive from here on (browser tests wait for this).
    document.documentElement.dataset.interactive = 'true'
  },
  progress: { color: '#1d4ed8' },
})
