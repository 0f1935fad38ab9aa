/** What a batch says about one of its items: its result, its own error, or "once more". */
export type BatchOutcome<Result> = { value: Result } | { error: unknown } | { again: true }

export interface MicroBatchOptions {
  /** A batch starts as soon as it holds this many items… */
  maxSize: number
  /** …or when its first item has waited this long. */
  maxWaitMs: number
  /** Batches running at once; items arriving meanwhile wait for a free one. */
  maxInFlight: number
}

interface Waiting<Item, Result> {
  item: Item
  resolve: (value: Result) => void
  reject: (error: unknown) => void
}

/**
 * Gathers calls made by many concurrent callers (the worker's jobs) into batches handled
 * by one function, so N callers cost one round of statements instead of N. Each caller
 * gets its own item's outcome: one item's error rejects only that caller; an error of the
 * whole batch rejects every caller in it. An item answered `again` joins the next batch.
 */
export class MicroBatch<Item, Result> {
  #waiting: Waiting<Item, Result>[] = []
  #timer: NodeJS.Timeout | undefined
  #due = false
  #inFlight = 0

  constructor(
    private options: MicroBatchOptions,
    private handle: (items: Item[]) => Promise<BatchOutcome<Result>[]>
  ) {}

  add(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject })
      this.#schedule()
    })
  }

  #schedule() {
    while (this.#waiting.length && this.#inFlight < this.options.maxInFlight) {
      if (this.#waiting.length < this.options.maxSize && !this.#due) {
        this.#timer ??= setTimeout(() => {
          this.#timer = undefined
          this.#due = true
          this.#schedule()
        }, this.options.maxWaitMs)
        return
      }
      this.#due = false
      clearTimeout(this.#timer)
      this.#timer = undefined
      void this.#run(this.#waiting.splice(0, this.options.maxSize))
    }
  }

  async #run(batch: Waiting<Item, Result>[]) {
    this.#inFlight++
    try {
      const outcomes = await this.handle(batch.map((waiting) => waiting.item))
      batch.forEach((waiting, index) => {
        const outcome = outcomes[index]
        if ('again' in outcome) this.#waiting.push(waiting)
        else if ('error' in outcome) waiting.reject(outcome.error)
        else waiting.resolve(outcome.value)
      })
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
    } finally {
      this.#inFlight--
      // Whatever arrived while every batch was busy has waited long enough.
      if (this.#waiting.length) this.#due = true
      this.#schedule()
    }
  }
}
