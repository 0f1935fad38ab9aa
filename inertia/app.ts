import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, useLocale } from '~/i18n'

createInertiaApp({
  title: (title) => (title ? `${title} · Most` : 'Most'),
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue'),
      AppLayout
    ),
  async setup({ el, App, props, plugin }) {
    // Translations must be in place before the first render.
    await useLocale(String(props.initialPage.props.locale ?? 'en'))
    const app = createApp({ render: () => h(App, props) })
    app.config.globalProperties.$t = t
    app.use(plugin).mount(el)
  },
  progress: { color: '#1d4ed8' },
})
