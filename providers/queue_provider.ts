import type { ApplicationService } from '@adonisjs/core/types'
import { QueueManager } from '#services/queue_manager'

/** Registers the BullMQ QueueManager and closes its connections on shutdown (tests would hang otherwise). */
export default class QueueProvider {
  #manager?: QueueManager

  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(QueueManager, async () => {
      const { queueConfig } = await import('#config/queue')
      this.#manager = new QueueManager(queueConfig)
      return this.#manager
    })
  }

  async shutdown() {
    await this.#manager?.close()
  }
}
