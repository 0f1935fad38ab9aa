import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

// en, Serbian Latin and Serbian Cyrillic. The same JSON files feed the Vue pages (inertia/i18n.ts).
export const supportedLocales = ['en', 'sr-Latn', 'sr-Cyrl'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

const i18nConfig = defineConfig({
  defaultLocale: 'en',
  supportedLocales: [...supportedLocales],
  fallbackLocales: { 'sr-Cyrl': 'sr-Latn', 'sr-Latn': 'en' },
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
