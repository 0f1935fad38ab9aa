import type { JobHandler } from '#jobs/payloads'
import BuildDataExport from '#actions/trust/privacy/build_data_export'

export interface BuildDataExportPayload {
  dataExportId: number
}

/** "Download my data": builds the JSON file and e-mails its link (idempotent, see the action). */
export default class BuildDataExportJob implements JobHandler<BuildDataExportPayload> {
  async handle(payload: BuildDataExportPayload) {
    const dataExport = await new BuildDataExport().handle(payload)
    return { status: dataExport?.status ?? 'gone' }
  }
}
