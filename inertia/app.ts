import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'
import { t, currentLocale } from '~/i18n'
import { installCyrillicScript } from '~/cyrillic_script'

createInertiaApp({
  title: (title) => (title ? `${title} · Most` : 'Most'),
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue'),
      AppLayout
    ),
  // The page's translations come with it (the `messages` prop), so nothing waits here.
  setup({ el, App, props, plugin }) {
    const app = createApp({ render: () => h(App, props) })
    app.config.globalProperties.$t = t
    app.use(plugin).mount(el)
    // Names and texts typed in Latin, shown in Cyrillic to Cyrillic readers (see the module).
    installCyrillicScript(el, () => currentLocale() === 'sr-Cyrl').convertAll()
  },
  progress: { color: '#1d4ed8' },
})
