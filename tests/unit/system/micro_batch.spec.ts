import { test } from '@japa/runner'
import { MicroBatch, type BatchOutcome } from '#services/micro_batch'

/** A batch function that records the batches it is handed and answers per item. */
function recorder<Item>(answer: (item: Item) => BatchOutcome<string>) {
  const batches: Item[][] = []
  let running = 0
  let mostAtOnce = 0
  return {
    batches,
    mostAtOnce: () => mostAtOnce,
    handle: async (items: Item[]) => {
      batches.push(items)
      running++
      mostAtOnce = Math.max(mostAtOnce, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      return items.map(answer)
    },
  }
}

test.group('MicroBatch', () => {
  test('calls made together share one batch; each caller gets its own answer', async ({
    assert,
  }) => {
    const handler = recorder((item: number) => ({ value: `#${item}` }))
    const batch = new MicroBatch({ maxSize: 10, maxWaitMs: 5, maxInFlight: 1 }, handler.handle)
    const answers = await Promise.all([1, 2, 3].map((item) => batch.add(item)))
    assert.deepEqual(answers, ['#1', '#2', '#3'])
    assert.deepEqual(handler.batches, [[1, 2, 3]])
  })

  test('a full batch starts at once; the rest wait for a free one', async ({ assert }) => {
    const handler = recorder((item: number) => ({ value: `#${item}` }))
    const batch = new MicroBatch({ maxSize: 2, maxWaitMs: 1000, maxInFlight: 1 }, handler.handle)
    const started = Date.now()
    await Promise.all([1, 2, 3, 4, 5].map((item) => batch.add(item)))
    assert.deepEqual(handler.batches, [[1, 2], [3, 4], [5]])
    assert.equal(handler.mostAtOnce(), 1)
    // The last, lone item did not wait out maxWaitMs: it had waited for a batch already.
    assert.isBelow(Date.now() - started, 900)
  })

  test("one item's error rejects only its caller; a failed batch rejects all of its callers", async ({
    assert,
  }) => {
    const handler = recorder((item: number) =>
      item === 2 ? { error: new Error('item 2 failed') } : { value: `#${item}` }
    )
    const batch = new MicroBatch({ maxSize: 10, maxWaitMs: 5, maxInFlight: 1 }, handler.handle)
    const settled = await Promise.allSettled([1, 2, 3].map((item) => batch.add(item)))
    assert.deepEqual(
      settled.map((result) =>
        result.status === 'fulfilled' ? result.value : result.reason.message
      ),
      ['#1', 'item 2 failed', '#3']
    )

    const broken = new MicroBatch({ maxSize: 10, maxWaitMs: 5, maxInFlight: 1 }, async () => {
      throw new Error('database down')
    })
    const all = await Promise.allSettled([1, 2].map((item) => broken.add(item)))
    assert.deepEqual(
      all.map((result) => result.status === 'rejected' && result.reason.message),
      ['database down', 'database down']
    )
  })

  test('an item answered "again" joins the next batch', async ({ assert }) => {
    let seen = 0
    const handler = recorder((item: string) =>
      item === 'twice' && seen++ === 0 ? { again: true as const } : { value: item }
    )
    const batch = new MicroBatch({ maxSize: 10, maxWaitMs: 5, maxInFlight: 1 }, handler.handle)
    assert.deepEqual(await Promise.all(['once', 'twice'].map((item) => batch.add(item))), [
      'once',
      'twice',
    ])
    assert.deepEqual(handler.batches, [['once', 'twice'], ['twice']])
  })
})
