import type Import from '#models/import'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An import as its page sees it: the file, the mapping step, progress and row errors. */
export default class ImportTransformer extends BaseTransformer<Import> {
  toObject() {
    return {
      ...this.pick(this.resource, [
        'id',
        'kind',
        'fileName',
        'status',
        'totalRows',
        'processedRows',
        'errorCount',
        'createdCount',
        'durationMs',
        'createdAt',
        'committedAt',
      ]),
      organisationName: this.resource.$preloaded.organisation
        ? this.resource.organisation.name
        : null,
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      headers: this.resource.headers,
      mapping: this.resource.mapping ?? {},
      errors: this.resource.errors,
    }
  }
}
