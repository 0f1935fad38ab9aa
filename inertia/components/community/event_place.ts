import type { Data } from '@generated/data'
import { formatDate, localText } from '~/i18n'

/** Where and when an event takes place: "Vienna · Austria · 12 Mar 2027". */
export function eventPlace(event: Data.Event) {
  const country = event.country ? localText(event.country.nameEn, event.country.nameSrLatn) : null
  return [event.city, country, formatDate(event.startsOn)].filter(Boolean).join(' · ')
}
