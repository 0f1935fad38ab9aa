import type DataExport from '#models/data_export'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A requested export as its owner sees it, with the signed link while the file is kept. */
export default class DataExportTransformer extends BaseTransformer<DataExport> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'status', 'requestedAt', 'readyAt', 'expiresAt']),
      sizeBytes: this.resource.sizeBytes,
      downloadUrl: this.resource.isAvailable ? this.resource.downloadLink() : null,
    }
  }
}
