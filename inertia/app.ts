import './css/app.css'
import { createApp, createSSRApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, useLocale } from '~/i18n'
import { pageTitle } from '~/page_title'

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
  },
  progress: { color: '#1d4ed8' },
})
