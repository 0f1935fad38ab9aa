/**
 * A fixed number of slots: `run` waits for a free one, so at most `size` of the calls
 * it wraps run at once (the worker's jobs other than e-mails, among many e-mail jobs).
 */
export class JobSlots {
  #free: number
  #waiting: (() => void)[] = []

  constructor(size: number) {
    this.#free = Math.max(1, size)
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--
    else await new Promise<void>((resolve) => this.#waiting.push(resolve))
    try {
      return await work()
    } finally {
      // The slot passes straight to the next waiter, or becomes free.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#free++
    }
  }
}
