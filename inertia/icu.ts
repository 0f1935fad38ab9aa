/**
 * The part of ICU MessageFormat Most's messages use: `{name}` arguments and
 * `{count, plural, =0 {…} one {# item} few {…} other {…}}` (nested, `#` for the number),
 * with the language's plural rules. A few hundred bytes in place of intl-messageformat
 * and its parser, which every page downloaded.
 */
export type Values = Record<string, string | number | Date | null | undefined>

type Part = string | { name: string } | { name: string; plural: Record<string, Part[]> }

const parsed = new Map<string, Part[]>()
const pluralRules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

function parse(message: string): Part[] {
  let position = 0
  function parts(): Part[] {
    const result: Part[] = []
    let text = ''
    while (position < message.length && message[position] !== '}') {
      const char = message[position]
      if (char === '{') {
        if (text) result.push(text)
        text = ''
        position++
        result.push(argument())
      } else {
        text += char
        position++
      }
    }
    if (text) result.push(text)
    return result
  }
  function argument(): Part {
    const end = message.slice(position).search(/[,}]/)
    const name = message.slice(position, position + end).trim()
    position += end
    if (message[position] === '}') {
      position++
      return { name }
    }
    // `, plural,` then `selector {…}` pairs up to the closing brace.
    position = message.indexOf(',', position + 1) + 1
    const plural: Record<string, Part[]> = {}
    while (position < message.length) {
      while (/\s/.test(message[position])) position++
      if (message[position] === '}') break
      const open = message.indexOf('{', position)
      const selector = message.slice(position, open).trim()
      position = open + 1
      plural[selector] = parts()
      position++
    }
    position++
    return { name, plural }
  }
  return parts()
}

function render(parts: Part[], values: Values, locale: string, count?: string): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return count === undefined ? part : part.replace(/#/g, count)
      const value = values[part.name]
      if (!('plural' in part)) return value === null || value === undefined ? '' : String(value)
      const amount = Number(value)
      let rules = pluralRules.get(locale)
      if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)))
      let format = numbers.get(locale)
      if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)))
      const branch =
        part.plural[`=${amount}`] ?? part.plural[rules.select(amount)] ?? part.plural.other ?? []
      return render(branch, values, locale, format.format(amount))
    })
    .join('')
}

export function formatMessage(message: string, values: Values, locale: string) {
  let parts = parsed.get(message)
  if (!parts) parsed.set(message, (parts = parse(message)))
  return render(parts, values, locale)
}
