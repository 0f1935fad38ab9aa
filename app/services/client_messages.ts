import app from '@adonisjs/core/services/app'
import i18nManager from '@adonisjs/i18n/services/main'
import { supportedLocales, type SupportedLocale } from '#config/i18n'

// What the server alone reads: e-mails and validation messages (those arrive translated).
const serverOnly = ['emails.', 'validator.', 'meetings.mail.']
const cache = new Map<SupportedLocale, ClientMessages>()

export type ClientMessages = {
  locale: SupportedLocale
  entries: Record<string, string>
}

/**
 * The catalogue a page needs to render in its language from the first byte: the locale's
 * messages over its fallbacks (sr-Cyrl → sr-Latn → en), shared with the page as a once
 * prop so the browser receives it when the language is new to it, not on every visit.
 */
export function clientMessages(locale: string): ClientMessages {
  const wanted: SupportedLocale = (supportedLocales as readonly string[]).includes(locale)
    ? (locale as SupportedLocale)
    : 'en'
  const cached = cache.get(wanted)
  if (cached) return cached
  // supportedLocales is ordered so that each locale falls back to the ones before it.
  const chain = supportedLocales.slice(0, supportedLocales.indexOf(wanted) + 1)
  const entries: Record<string, string> = {}
  for (const each of chain) {
    for (const [key, message] of Object.entries(i18nManager.getTranslationsFor(each))) {
      if (!serverOnly.some((prefix) => key.startsWith(prefix))) entries[key] = message
    }
  }
  const messages = { locale: wanted, entries }
  // Development edits the JSON files while the server runs; production reads them once.
  if (app.inProduction) cache.set(wanted, messages)
  return messages
}
