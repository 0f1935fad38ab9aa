import { latinKey } from '#services/serbian_script'

/*
 * `@name` mentions in staff notes. Colleagues are written in either script, with or
 * without diacritics, by full name, first name (when only one colleague has it) or
 * both run together: @Милица, @Milica Jovanović, @milica.jovanovic and @MilicaJovanovic
 * all name Milica Jovanović. An e-mail address is not a mention.
 */

/** A name as the database's most_normalize sees it: Latin, lower case, no diacritics. */
export const nameKey = latinKey

// Up to three words after an @ that does not follow a letter, digit or dot (an address).
const MENTION =
  /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:[ .\u00a0][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2})/gu

export interface Colleague {
  id: number
  fullName: string
}

/** The colleagues a text mentions, each once, in the order first mentioned. */
export function findMentions(text: string, colleagues: Colleague[]) {
  const known = colleagues.map((colleague) => {
    const key = nameKey(colleague.fullName)
    return { id: colleague.id, key, joined: key.replace(/ /g, ''), first: key.split(' ')[0] }
  })
  const firstNames = new Map<string, number>()
  for (const colleague of known) {
    firstNames.set(colleague.first, (firstNames.get(colleague.first) ?? 0) + 1)
  }
  const found: number[] = []
  for (const match of text.matchAll(MENTION)) {
    const words = match[1].split(/[ .\u00a0]/)
    // The longest run of words that names someone wins: "@Milica Jovanović please".
    for (let count = words.length; count > 0; count--) {
      const key = nameKey(words.slice(0, count).join(' '))
      const joined = key.replace(/ /g, '')
      const named = known.filter(
        (colleague) =>
          colleague.key === key ||
          colleague.joined === joined ||
          (count === 1 && colleague.first === key && firstNames.get(key) === 1)
      )
      if (named.length === 1) {
        if (!found.includes(named[0].id)) found.push(named[0].id)
        break
      }
    }
  }
  return found
}
