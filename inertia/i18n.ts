import { ref, shallowRef, computed } from 'vue'
import { formatMessage, type Values } from '~/icu'

/**
 * Client side of i18n: the same resources/lang JSON files the server uses,
 * loaded per locale on demand (one chunk per language) and formatted as ICU.
 */
type Messages = Record<string, string>

export const supportedLocales = ['en', 'sr-Latn', 'sr-Cyrl'] as const
export type Locale = (typeof supportedLocales)[number]

const fallbacks: Record<Locale, Locale[]> = {
  'en': [],
  'sr-Latn': ['en'],
  'sr-Cyrl': ['sr-Latn', 'en'],
}

// Intl tags: Serbian in Serbia, in the chosen script.
const intlTags: Record<Locale, string> = {
  'en': 'en-GB',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
}

// One chunk per language (inertia/locales/*.ts), fetched only when that language is used.
const bundles: Record<Locale, () => Promise<{ default: Record<string, Record<string, unknown>> }>> =
  {
    'en': () => import('./locales/en'),
    'sr-Latn': () => import('./locales/sr-Latn'),
    'sr-Cyrl': () => import('./locales/sr-Cyrl'),
  }

const loaded = new Map<Locale, Messages>()
const current = ref<Locale>('en')
const messages = shallowRef<Messages>({})

function flatten(tree: Record<string, unknown>, prefix: string, into: Messages) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') flatten(value as Record<string, unknown>, path, into)
    else into[path] = String(value)
  }
}

async function loadOwnMessages(locale: Locale) {
  if (!loaded.has(locale)) {
    const own: Messages = {}
    for (const [path, tree] of Object.entries((await bundles[locale]()).default)) {
      const namespace = path.slice(path.lastIndexOf('/') + 1, -'.json'.length)
      flatten(tree, namespace, own)
    }
    loaded.set(locale, own)
  }
  return loaded.get(locale)!
}

export function isLocale(value: unknown): value is Locale {
  return supportedLocales.includes(value as Locale)
}

const merged = new Map<Locale, Messages>()

export async function useLocale(locale: string) {
  const wanted: Locale = isLocale(locale) ? locale : 'en'
  // The server renders page after page: each language's messages are merged once.
  let messagesOf = merged.get(wanted)
  if (!messagesOf) {
    const chain = [...fallbacks[wanted]].reverse().concat(wanted)
    messagesOf = {}
    for (const each of chain) Object.assign(messagesOf, await loadOwnMessages(each))
    merged.set(wanted, messagesOf)
  }
  messages.value = messagesOf
  current.value = wanted
  // On the server (SSR) there is no document: the root view writes <html lang> itself.
  if (typeof document !== 'undefined') document.documentElement.lang = wanted
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
  let format = dateFormats.get(current.value)
  if (!format) {
    format = new Intl.DateTimeFormat(intlTags[current.value], { dateStyle: 'medium' })
    dateFormats.set(current.value, format)
  }
  return format.format(new Date(value))
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

const cyrillicDigraphs: Record<string, string> = {
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
  Lj: 'Љ',
  Nj: 'Њ',
  Dž: 'Џ',
  LJ: 'Љ',
  NJ: 'Њ',
  DŽ: 'Џ',
}
const cyrillicLetters: Record<string, string> = Object.fromEntries(
  [...'abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ'].map((latin, index) => [
    latin,
    [...'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ'][index],
  ])
)

/** Serbian Latin to Cyrillic (one to one, with the digraphs lj, nj, dž); other text unchanged. */
export function toCyrillic(text: string) {
  return text
    .replace(/(lj|nj|dž)/gi, (digraph) => cyrillicDigraphs[digraph] ?? digraph)
    .replace(/[a-zđžćčš]/gi, (letter) => cyrillicLetters[letter] ?? letter)
}

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
    localName,
  }
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: typeof t
  }
}
