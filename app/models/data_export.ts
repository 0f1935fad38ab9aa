import { DateTime } from 'luxon'
import { DataExportSchema } from '#database/schema'

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
}
