import './css/app.css'
import { createApp, createSSRApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, currentLocale } from '~/i18n'
import { installCyrillicScript } from '~/cyrillic_script'
import { pageTitle } from '~/page_title'

createInertiaApp({
  title: pageTitle,
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue'),
      AppLayout
    ),
  // The page's translations come with it (the `messages` prop), so nothing waits here.
  setup({ el, App, props, plugin }) {
    // Public pages arrive rendered by the server: hydrate them instead of rendering again.
    const serverRendered = el?.hasAttribute('data-server-rendered')
    const app = (serverRendered ? createSSRApp : createApp)({ render: () => h(App, props) })
    app.config.globalProperties.$t = t
    app.use(plugin).mount(el!)
    // Names and texts typed in Latin, shown in Cyrillic to Cyrillic readers (see the module).
    installCyrillicScript(el!, () => currentLocale() === 'sr-Cyrl').convertAll()
    // Server-rendered pages are visible before they are live: tests (and scripts) wait for this.
    document.documentElement.dataset.app = 'ready'
  },
  progress: { color: '#1d4ed8' },
})
