import type OpportunityDocument from '#models/opportunity_document'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A document's metadata; the file itself is only served by the access-checked route. */
export default class OpportunityDocumentTransformer extends BaseTransformer<OpportunityDocument> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'kind', 'title', 'fileName', 'mimeType', 'sizeBytes']),
      url: `/documents/${this.resource.id}`,
    }
  }
}
