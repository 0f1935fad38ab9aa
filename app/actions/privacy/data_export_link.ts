import type DataExport from '#models/data_export'

/** The link is the model's (DataExport#downloadLink); kept for existing imports. */
export function dataExportLink(dataExport: DataExport) {
  return dataExport.downloadLink()
}
