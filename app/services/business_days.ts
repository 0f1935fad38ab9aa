import type { DateTime } from 'luxon'

/** `days` working days after `from` (Saturdays and Sundays do not count). */
export function addBusinessDays(from: DateTime, days: number) {
  let date = from
  let left = days
  while (left > 0) {
    date = date.plus({ days: 1 })
    if (date.weekday <= 5) left--
  }
  return date
}
