import type { JobHandler, JobPayloads } from '#jobs/payloads'

export default class RunImportJob implements JobHandler<JobPayloads['imports:run']> {
  async handle(_payload: JobPayloads['imports:run']) {}
}
