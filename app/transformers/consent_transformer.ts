import type Consent from '#models/consent'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** One line of the person's own consent history. */
export default class ConsentTransformer extends BaseTransformer<Consent> {
  toObject() {
    return this.pick(this.resource, ['id', 'kind', 'version', 'granted', 'opportunityId', 'at'])
  }
}
