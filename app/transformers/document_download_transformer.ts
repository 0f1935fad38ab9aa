import type DocumentDownload from '#models/document_download'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** "Who opened which data-room document": for the listing's own partner. */
export default class DocumentDownloadTransformer extends BaseTransformer<DocumentDownload> {
  toObject() {
    return {
      id: this.resource.id,
      createdAt: this.resource.createdAt,
      documentTitle: this.resource.document.title,
      userName: this.resource.user.fullName,
    }
  }
}
