import app from '@adonisjs/core/services/app'
import { defineConfig, loaders } from '@adonisjs/i18n'
import { CachedIcuFormatter } from '#services/i18n_formatter'

// en, Serbian Latin and Serbian Cyrillic. The same JSON files feed the Vue pages (inertia/i18n.ts).
export const supportedLocales = ['en', 'sr-Latn', 'sr-Cyrl'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

const i18nConfig = defineConfig({
  defaultLocale: 'en',
  supportedLocales: [...supportedLocales],
  fallbackLocales: { 'sr-Cyrl': 'sr-Latn', 'sr-Latn': 'en' },
  // ICU messages, each parsed once (see CachedIcuFormatter).
  formatter: () => new CachedIcuFormatter(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
