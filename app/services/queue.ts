import app from '@adonisjs/core/services/app'
import { QueueManager } from '#services/queue_manager'

let queue: QueueManager

await app.booted(async () => {
  queue = await app.container.make(QueueManager)
})

export { queue as default }
