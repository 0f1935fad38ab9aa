import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { vtimezone } from '#services/vtimezone'

/** The observances of a VTIMEZONE: kind, local start, offsets. */
function observances(text: string) {
  return [...text.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\n([\s\S]*?)END:\1/g)].map(
    ([, kind, body]) => ({
      kind,
      start: body.match(/DTSTART:(\S+)/)![1],
      from: body.match(/TZOFFSETFROM:(\S+)/)![1],
      to: body.match(/TZOFFSETTO:(\S+)/)![1],
    })
  )
}

test.group('VTIMEZONE from the runtime tz data', () => {
  test('Belgrade: each change of the clocks within the window, at its local time', ({ assert }) => {
    const around = DateTime.fromISO('2027-01-15T12:00:00Z')
    const text = vtimezone('Europe/Belgrade', {
      from: around.minus({ months: 6 }),
      to: around.plus({ months: 6 }),
    })
    assert.match(text, /^BEGIN:VTIMEZONE\r\nTZID:Europe\/Belgrade\r\n/)
    assert.notInclude(text, 'RRULE')
    assert.deepEqual(observances(text).slice(1), [
      { kind: 'STANDARD', start: '20261025T030000', from: '+0200', to: '+0100' },
      { kind: 'DAYLIGHT', start: '20270328T020000', from: '+0100', to: '+0200' },
    ])
  })

  test('each observance agrees with the runtime at every instant of the window', ({ assert }) => {
    for (const zone of [
      'America/Vancouver',
      'Europe/Belgrade',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ]) {
      const from = DateTime.fromISO('2026-01-01T00:00:00Z')
      const to = from.plus({ years: 2 })
      const list = observances(vtimezone(zone, { from, to }))
      // Every 6 hours: the offset a calendar reads (last observance started) is the runtime's.
      for (let at = from.plus({ days: 1 }); at < to; at = at.plus({ hours: 6 })) {
        const local = at.setZone(zone)
        const wall = local.toFormat("yyyyLLdd'T'HHmmss")
        const current = list.filter((each) => each.start <= wall).at(-1)!
        assert.equal(current.to, local.toFormat('ZZZ'), `${zone} at ${at.toISO()}`)
      }
    }
  })
})
