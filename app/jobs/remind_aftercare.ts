import { DateTime } from 'luxon'
import RemindAftercare from '#actions/deals/aftercare/remind_aftercare'
import type { JobHandler } from '#jobs/payloads'

/** Daily: aftercare check-in tasks for won deals whose six-monthly round came due. */
export default class RemindAftercareJob implements JobHandler<{ now?: string }> {
  async handle({ now }: { now?: string }) {
    return new RemindAftercare().handle({ now: now ? DateTime.fromISO(now) : undefined })
  }
}
