import type LostReason from '#models/lost_reason'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** Why a deal was lost, as the board's "mark as lost" dialog offers it. */
export default class LostReasonTransformer extends BaseTransformer<LostReason> {
  toObject() {
    return this.pick(this.resource, ['id', 'key', 'name'])
  }

  /** The pipeline settings switch reasons on and off. */
  forSettings() {
    return { ...this.toObject(), ...this.pick(this.resource, ['active']) }
  }
}
