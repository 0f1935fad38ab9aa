import SendEventFollowUp from '#actions/community/events/send_event_follow_up'
import type { JobHandler } from '#jobs/payloads'
import type { FollowUpStep } from '#enums/event'

type Payload = { attendeeId: number; step: FollowUpStep }

/** A delayed step of an event's follow-up sequence (idempotent: see the action). */
export default class SendEventFollowUpJob implements JobHandler<Payload> {
  async handle(payload: Payload) {
    return new SendEventFollowUp().handle(payload)
  }
}
