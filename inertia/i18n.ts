import { computed, shallowReactive, watch } from 'vue'
import { usePage } from '@inertiajs/vue3'
import { formatMessage, type Values } from '~/icu'
import { toCyrillic } from '../app/services/serbian_script'

/**
 * Client side of i18n: the same resources/lang JSON the server uses. The page's language
 * is the server's `locale` prop and its catalogue arrives with the page (the `messages`
 * once prop, app/services/client_messages.ts), so the first render is already in the
 * reader's language. A catalogue is kept per language; a missing one (a stale history
 * entry) is loaded from its chunk.
 */
type Messages = Record<string, string>

export const supportedLocales = ['en', 'sr-Latn', 'sr-Cyrl'] as const
export type Locale = (typeof supportedLocales)[number]

// Intl tags: Serbian in Serbia, in the chosen script.
const intlTags: Record<Locale, string> = {
  'en': 'en-GB',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
}

// One chunk per language (inertia/locales/*.ts), fetched only for a stale history entry.
const bundles: Record<Locale, () => Promise<{ default: Record<string, Record<string, unknown>> }>> =
  {
    'en': () => import('./locales/en'),
    'sr-Latn': () => import('./locales/sr-Latn'),
    'sr-Cyrl': () => import('./locales/sr-Cyrl'),
  }

const catalogues = shallowReactive(new Map<Locale, Messages>())
const page = usePage()

export function isLocale(value: unknown): value is Locale {
  return supportedLocales.includes(value as Locale)
}

/** The language of the page on screen (English before Inertia has a page). */
const current = computed<Locale>(() => {
  const locale = page.props?.locale
  return isLocale(locale) ? locale : 'en'
})

// Keep each catalogue the server sends, synchronously, before anything renders with it.
watch(
  () => page.props?.messages as { locale: string; entries: Messages } | undefined,
  (shared) => {
    if (shared && isLocale(shared.locale) && catalogues.get(shared.locale) !== shared.entries) {
      catalogues.set(shared.locale, shared.entries)
    }
  },
  { flush: 'sync', immediate: true }
)

watch(
  current,
  (locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale
    if (!catalogues.has(locale)) void loadFromChunks(locale)
  },
  { flush: 'sync' }
)

function flatten(tree: Record<string, unknown>, prefix: string, into: Messages) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') flatten(value as Record<string, unknown>, path, into)
    else into[path] = String(value)
  }
}

/** The fallback path: the locale's JSON chunks over its fallbacks, as the server merges them. */
async function loadFromChunks(locale: Locale) {
  const merged: Messages = {}
  for (const each of supportedLocales.slice(0, supportedLocales.indexOf(locale) + 1)) {
    for (const [path, tree] of Object.entries((await bundles[each]()).default)) {
      flatten(tree, path.slice(path.lastIndexOf('/') + 1, -'.json'.length), merged)
    }
  }
  if (!catalogues.has(locale)) catalogues.set(locale, merged)
}

const messages = computed<Messages>(() => catalogues.get(current.value) ?? {})

/** The language of the page on screen. */
export function currentLocale(): Locale {
  return current.value
}

export function t(key: string, values?: Values): string {
  const message = messages.value[key]
  if (message === undefined) return key
  if (!values) return message
  return formatMessage(message, values, intlTags[current.value])
}

/**
 * Intl formatters are costly to build (tenths of a millisecond each) and a page formats
 * hundreds of numbers, on the server too: one per language and options, kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(options: Intl.NumberFormatOptions) {
  const key = `${current.value}:${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlTags[current.value], options)
    numberFormats.set(key, format)
  }
  return format
}

function dateFormat(options: Intl.DateTimeFormatOptions) {
  const key = `${current.value}:${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlTags[current.value], options)
    dateFormats.set(key, format)
  }
  return format
}

export function formatEur(
  amount: number | null | undefined,
  options: Intl.NumberFormatOptions = {}
) {
  if (amount === null || amount === undefined) return '—'
  return numberFormat({
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    ...options,
  }).format(amount)
}

export function formatNumber(value: number) {
  return numberFormat({}).format(value)
}

export function formatDate(value: string | Date | null | undefined) {
  if (!value) return '—'
  return dateFormat({ dateStyle: 'medium' }).format(new Date(value))
}

export function formatDateTime(value: string | Date | null | undefined) {
  if (!value) return '—'
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
}

/**
 * An instant as someone in `zone` reads it (meetings across time zones), naming the zone.
 * With the zone's UTC offset at that instant as the server computed it, the wall-clock
 * time is the server's, whatever tz database the browser has.
 */
export function formatInZone(
  value: string | Date | null | undefined,
  zone: string,
  offsetMinutes?: number | null
) {
  if (!value) return '—'
  const instant = new Date(value)
  const when =
    typeof offsetMinutes === 'number'
      ? dateFormat({ dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(
          new Date(instant.getTime() + offsetMinutes * 60_000)
        )
      : dateFormat({ dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(instant)
  return `${when} (${zone.replaceAll('_', ' ')})`
}

/**
 * A name stored only in Serbian Latin (a district, an organisation, a deal title, a stage
 * an admin named), in Cyrillic for Cyrillic readers.
 */
export function localScript(text: string | null | undefined) {
  if (!text) return ''
  return current.value === 'sr-Cyrl' ? toCyrillic(text) : text
}

/** Picks the name of a seeded row (country, municipality, sector) in the current language. */
export function localName(
  row: { nameEn: string; nameSrLatn: string; nameSrCyrl: string } | null | undefined
) {
  if (!row) return ''
  if (current.value === 'sr-Cyrl') return row.nameSrCyrl
  if (current.value === 'sr-Latn') return row.nameSrLatn
  return row.nameEn
}

export { toCyrillic }

/**
 * Partner-written text in the reader's language: Serbian readers get the Serbian
 * version (in Cyrillic when they chose it), others the English one; either falls back
 * to the other when the partner wrote only one language.
 */
export function localText(english: string | null | undefined, serbian: string | null | undefined) {
  if (current.value === 'en') return english || serbian || ''
  if (!serbian) return english || ''
  return current.value === 'sr-Cyrl' ? toCyrillic(serbian) : serbian
}

export function useI18n() {
  return {
    t,
    localText,
    locale: computed(() => current.value),
    formatEur,
    formatNumber,
    formatDate,
    formatDateTime,
    formatInZone,
    localName,
    localScript,
  }
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: typeof t
  }
}
