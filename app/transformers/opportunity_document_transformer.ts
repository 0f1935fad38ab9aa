import type OpportunityDocument from '#models/opportunity_document'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { imageSources } from '#services/images'

/** A document's metadata; the file itself is only served by the access-checked route. */
export default class OpportunityDocumentTransformer extends BaseTransformer<OpportunityDocument> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'kind',
        'title',
        'fileName',
        'mimeType',
        'sizeBytes',
        'width',
        'height',
      ]),
      url: `/documents/${this.resource.id}`,
      image: this.resource.variants
        ? imageSources(`/documents/${this.resource.id}`, this.resource.variants)
        : null,
    }
  }
}
