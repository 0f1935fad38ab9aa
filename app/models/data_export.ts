import { DateTime } from 'luxon'
import { DataExportSchema } from '#database/schema'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'

/** A "download my data" file: built by a job, offered for DATA_EXPORT_DAYS. */
export default class DataExport extends DataExportSchema {
  get isAvailable() {
    return (
      this.status === 'ready' &&
      this.filePath !== null &&
      this.expiresAt !== null &&
      this.expiresAt > DateTime.now()
    )
  }

  /**
   * The signed download link of a ready export, expiring with the file. The route also
   * checks that the signed-in user owns it: a forwarded link alone opens nothing. A path,
   * so the account page's link works on whatever host it was opened; e-mails make it absolute.
   */
  downloadLink() {
    const seconds = Math.max(
      1,
      Math.floor((this.expiresAt ?? DateTime.now()).diffNow('seconds').seconds)
    )
    return signedUrlFor(
      'account.exports.download',
      { id: this.id },
      { expiresIn: `${seconds}s`, purpose: 'data-export' }
    )
  }
}
