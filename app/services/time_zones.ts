/**
 * The IANA time zones this runtime knows (its own tz data: nothing is fetched), the
 * only names a profile may hold.
 */
export const timeZones: readonly string[] = Intl.supportedValuesOf('timeZone')
const known = new Set(timeZones)

export function isTimeZone(name: unknown): name is string {
  return typeof name === 'string' && known.has(name)
}

/** An instant as a reader in `zone` sees it, in their language, naming the zone. */
export function formatInZone(
  i18n: { formatDate(value: Date, options?: Intl.DateTimeFormatOptions): string },
  instant: { toJSDate(): Date },
  zone: string
) {
  const when = i18n.formatDate(instant.toJSDate(), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  })
  return `${when} (${zone.replaceAll('_', ' ')})`
}
