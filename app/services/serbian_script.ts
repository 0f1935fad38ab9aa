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
 * Serbian Latin to Cyrillic (one letter to one, plus lj, nj, dž), for names stored only
 * in Latin (districts) that a Cyrillic reader sees; inertia/i18n.ts does the same in the browser.
 */
export function toCyrillic(text: string) {
  return text
    .replace(/(lj|nj|dž)/gi, (pair) => digraphs[pair] ?? pair)
    .replace(/[a-zđžćčš]/gi, (letter) => letters.get(letter) ?? letter)
}
