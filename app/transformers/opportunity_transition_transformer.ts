import type OpportunityTransition from '#models/opportunity_transition'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** One step of a listing's history: who moved it, from what to what, when and why. */
export default class OpportunityTransitionTransformer extends BaseTransformer<OpportunityTransition> {
  toObject() {
    const actor = this.resource.$preloaded.actor as OpportunityTransition['actor'] | undefined
    return {
      ...this.pick(this.resource, ['id', 'fromStatus', 'toStatus', 'reason', 'createdAt']),
      actorName: actor?.fullName ?? null,
    }
  }
}
