import type PipelineStage from '#models/pipeline_stage'
import type { InterestStatus } from '#enums/opportunity'

/**
 * What the investor reads on "My interests" for a deal in a given stage: received,
 * being reviewed, introduced or closed. Never anything internal.
 */
export function publicInterestStatus(
  stage: Pick<PipelineStage, 'key' | 'kind' | 'position'>
): InterestStatus {
  if (stage.kind !== 'open') return 'closed'
  if (stage.key === 'new') return 'submitted'
  if (stage.key === 'qualified' || stage.position <= 1) return 'in_progress'
  return 'introduced'
}
