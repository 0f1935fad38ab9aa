import { DealStageHistorySchema } from '#database/schema'

/** When a deal entered and left a stage, so time in stage is exact. */
export default class DealStageHistory extends DealStageHistorySchema {
  static table = 'deal_stage_history'
}
