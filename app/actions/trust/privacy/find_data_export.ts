import DataExport from '#models/data_export'

/** A "download my data" file by id, or null: the caller answers 404 without saying which. */
export default class FindDataExport {
  async handle(id: number) {
    return DataExport.find(id)
  }
}
