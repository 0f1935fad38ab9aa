import { IntlMessageFormat } from 'intl-messageformat'
import type { TranslationsFormatterContract } from '@adonisjs/i18n/types'

/** Parsed messages kept per formatter; a bound, so formatting raw strings cannot grow it forever. */
const MAX_MESSAGES = 10_000

/**
 * The ICU formatter of @adonisjs/i18n, keeping each message once parsed. The stock one
 * parses the message and sets up its Intl formatters on every `t()` call, which was the
 * largest single cost of rendering an e-mail in the worker.
 */
export class CachedIcuFormatter implements TranslationsFormatterContract {
  readonly name = 'icu'
  #messages = new Map<string, IntlMessageFormat>()

  format(message: string, locale: string, data?: Record<string, unknown>) {
    const key = `${locale}\u0000${message}`
    let parsed = this.#messages.get(key)
    if (!parsed) {
      if (this.#messages.size >= MAX_MESSAGES) this.#messages.clear()
      parsed = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
      this.#messages.set(key, parsed)
    }
    return String(parsed.format(data ?? {}))
  }
}
