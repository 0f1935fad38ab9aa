/**
 * Serbian Latin to Cyrillic, the one function both the server (e-mails, match
 * explanations) and the pages (inertia/i18n.ts) use for names stored only in Latin:
 * districts, organisation names, deal titles, stage names, partner-written text.
 */
const digraphs: Record<string, string> = {
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
const latin = [...'abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ']
const cyrillic = [...'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ']
const letters = new Map(latin.map((letter, index) => [letter, cyrillic[index]]))

/**
 * Words that stay in Latin letters in Cyrillic text, as Serbian editors keep them:
 * foreign organisations, brands and acronyms. Words with q, w, x or y are foreign too
 * and stay as written, and so do e-mail addresses, web addresses and file names.
 */
export const latinExceptions = new Set([
  'UNDP',
  'GIZ',
  'WFD',
  'EU',
  'USAID',
  'IT',
  'ICT',
  'PDF',
  'CSV',
  'NDA',
  'CRM',
  'API',
  'EUR',
  'RSD',
  'Leaflet',
  'OpenStreetMap',
  'Stripe',
  'Google',
  'LinkedIn',
  'Facebook',
  'Microsoft',
  'Excel',
  'Airbnb',
  'Booking',
  'Siemens',
  'Bosch',
  'Continental',
  'Leoni',
  'Yura',
  'Nordeus',
  'Startit',
])

// One token at a time: an address stays whole; a word is looked up, then transliterated.
const tokens =
  /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[^\s<>"']+|[\w-]+\.(?:pdf|csv|docx?|xlsx?|png|jpe?g|webp)\b)|[\p{L}\p{M}]+/gu

function transliterateWord(word: string) {
  return word
    .replace(/(lj|nj|dž)/gi, (pair) => digraphs[pair] ?? pair)
    .replace(/[a-zđžćčš]/gi, (letter) => letters.get(letter) ?? letter)
}

/** Serbian Latin text in Cyrillic; exceptions, addresses and other scripts unchanged. */
export function toCyrillic(text: string) {
  return text.replace(tokens, (token) => {
    if (!/^[\p{L}\p{M}]+$/u.test(token)) return token
    if (latinExceptions.has(token) || /[qwxy]/i.test(token)) return token
    return transliterateWord(token)
  })
}

const cyrillicToLatin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
}

/**
 * A name as the database's most_normalize sees it, for matching what people typed in
 * either script, with or without diacritics: Latin, lower case, no diacritics, đ → dj,
 * words of letters and digits separated by one space.
 */
export function latinKey(text: string) {
  return text
    .toLowerCase()
    .replace(/[а-яђјљњћџ]/g, (letter) => cyrillicToLatin[letter] ?? letter)
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
