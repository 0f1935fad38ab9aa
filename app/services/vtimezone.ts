import { DateTime } from 'luxon'

const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

/**
 * A VTIMEZONE built from this runtime's own tz data (Intl, through Luxon), with one
 * observance per offset change between `from` and `to` and no RRULE: rules copied from
 * an older database go stale when a place changes its clocks (British Columbia's
 * permanent daylight time), and a calendar would then move the meeting by an hour.
 */
export function vtimezone(zone: string, { from, to }: { from: DateTime; to: DateTime }) {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset
  const start = from.toUTC().startOf('day').toMillis()
  const end = to.toUTC().endOf('day').toMillis()
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`]
  const initial = offsetAt(start)
  lines.push(...observance('STANDARD', zone, start, initial, initial))

  let previous = initial
  for (let day = start + DAY_MS; day <= end + DAY_MS; day += DAY_MS) {
    const offset = offsetAt(day)
    if (offset === previous) continue
    // The change lies within the last day: narrow it down to the minute.
    let low = day - DAY_MS
    let high = day
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS
      if (offsetAt(middle) === previous) low = middle
      else high = middle
    }
    const kind = offset > previous ? 'DAYLIGHT' : 'STANDARD'
    lines.push(...observance(kind, zone, high, previous, offset))
    previous = offset
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  zone: string,
  atMs: number,
  fromOffset: number,
  toOffset: number
) {
  // DTSTART is the wall-clock time just before the change, in the offset it leaves.
  const local = DateTime.fromMillis(atMs, { zone: 'UTC' }).plus({ minutes: fromOffset })
  const name = DateTime.fromMillis(atMs, { zone }).toFormat('ZZZZ')
  return [
    `BEGIN:${kind}`,
    `DTSTART:${local.toFormat("yyyyLLdd'T'HHmmss")}`,
    `TZOFFSETFROM:${formatOffset(fromOffset)}`,
    `TZOFFSETTO:${formatOffset(toOffset)}`,
    ...(/^[A-Za-z]{2,6}$/.test(name) ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ]
}

function formatOffset(minutes: number) {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0')
  return `${sign}${hours}${String(absolute % 60).padStart(2, '0')}`
}
