import transmit from '@adonisjs/transmit/services/main'
import logger from '@adonisjs/core/services/logger'

export const BOARD_CHANNEL = 'deals/pipeline'

/**
 * Tells every open kanban board that a pipeline changed, so other staff see a move
 * (or a new deal) without reloading. Best effort: a missed event only means a board
 * refreshes on its next visit; optimistic locking still guards every move.
 */
export function announceBoardChange(pipelineId: number, exceptSubscriber?: string | null) {
  try {
    // The board that made the change already shows it.
    if (exceptSubscriber) transmit.broadcastExcept(BOARD_CHANNEL, { pipelineId }, exceptSubscriber)
    else transmit.broadcast(BOARD_CHANNEL, { pipelineId })
  } catch (error) {
    logger.warn({ err: error }, 'board update not broadcast')
  }
}
