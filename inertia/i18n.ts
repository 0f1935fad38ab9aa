import { ref, computed } from 'vue'
import { IntlMessageFormat } from 'intl-messageformat'

/**
 * Client side of i18n: the same resources/lang JSON files the server uses,
 * loaded per locale on demand (one chunk per language) and formatted as ICU.
 */
type Messages = Record<string, string>
type Values = Record<string, string | number | Date | null | undefined>

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

const files = import.meta.glob<Record<string, unknown>>('../resources/lang/*/*.json', {
  import: 'default',
})

const loaded = new Map<Locale, Messages>()
const current = ref<Locale>('en')
const messages = ref<Messages>({})
const formatCache = new Map<string, IntlMessageFormat>()

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
    const prefix = `../resources/lang/${locale}/`
    await Promise.all(
      Object.entries(files)
        .filter(([path]) => path.startsWith(prefix))
        .map(async ([path, load]) => {
          const namespace = path.slice(prefix.length, -'.json'.length)
          flatten(await load(), namespace, own)
        })
    )
    loaded.set(locale, own)
  }
  return loaded.get(locale)!
}

export function isLocale(value: unknown): value is Locale {
  return supportedLocales.includes(value as Locale)
}

export async function useLocale(locale: string) {
  const wanted: Locale = isLocale(locale) ? locale : 'en'
  const chain = [...fallbacks[wanted]].reverse().concat(wanted)
  const merged: Messages = {}
  for (const each of chain) Object.assign(merged, await loadOwnMessages(each))
  messages.value = merged
  current.value = wanted
  formatCache.clear()
  // On the server (SSR) there is no document: the root view writes <html lang> itself.
  if (typeof document !== 'undefined') document.documentElement.lang = wanted
}

export function t(key: string, values?: Values): string {
  const message = messages.value[key]
  if (message === undefined) return key
  if (!values) return message
  const cacheKey = `${current.value}:${key}`
  let format = formatCache.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(message, intlTags[current.value])
    formatCache.set(cacheKey, format)
  }
  return String(format.format(values as Record<string, string | number | Date>))
}

export function formatEur(
  amount: number | null | undefined,
  options: Intl.NumberFormatOptions = {}
) {
  if (amount === null || amount === undefined) return '—'
  return new Intl.NumberFormat(intlTags[current.value], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    ...options,
  }).format(amount)
}

export function formatNumber(value: number) {
  return new Intl.NumberFormat(intlTags[current.value]).format(value)
}

export function formatDate(value: string | Date | null | undefined) {
  if (!value) return '—'
  return new Intl.DateTimeFormat(intlTags[current.value], { dateStyle: 'medium' }).format(
    new Date(value)
  )
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
