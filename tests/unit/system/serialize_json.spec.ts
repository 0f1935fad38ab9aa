import { test } from '@japa/runner'
import { serializeJson } from '#config/app'

const parsed = (value: unknown) => JSON.parse(serializeJson(value) ?? 'undefined')

test.group('Response JSON', () => {
  test('plain data is written as JSON.stringify writes it, with toJSON honoured', ({ assert }) => {
    const value = {
      name: 'Niš — Ниш',
      at: new Date('2026-12-07T10:00:00Z'),
      nested: [{ a: 1, b: null, c: undefined }, 'x\u0000y'],
    }
    assert.equal(serializeJson(value), JSON.stringify(value))
    assert.deepEqual(parsed(value), {
      name: 'Niš — Ниш',
      at: '2026-12-07T10:00:00.000Z',
      nested: [{ a: 1, b: null }, 'x\u0000y'],
    })
  })

  test('a bigint or a cycle does not fail the response: the safe stringifier takes over', ({
    assert,
  }) => {
    assert.deepEqual(parsed({ total: 12n }), { total: '12' })
    const cyclic: Record<string, unknown> = { id: 1 }
    cyclic.self = cyclic
    // As the framework's default does: the cycle is left out.
    assert.deepEqual(parsed(cyclic), { id: 1 })
  })
})
