import type { Data } from '@generated/data'
import { formatDate, localName, localScript } from '~/i18n'

/** Where and when an event takes place: "Vienna · Austria · 12 Mar 2027", in the reader's script. */
export function eventPlace(event: Data.Event) {
  return [localScript(event.city), localName(event.country), formatDate(event.startsOn)]
    .filter(Boolean)
    .join(' · ')
}
