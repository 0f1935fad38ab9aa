import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import Meeting from '#models/meeting'
import Deal from '#models/deal'
import AddTask from '#actions/deals/add_task'
import { queueMail } from '#services/outbox'
import type { JobHandler, JobPayloads } from '#jobs/payloads'

type Payload = JobPayloads['meetings:ask-outcome']

/**
 * After a meeting: the deal's owner gets a task "write down the outcome" (due now, so the
 * card turns red until it is done) and an e-mail asking for it. Once per meeting (the
 * task's and the e-mail's keys); nothing for a cancelled or moved meeting.
 */
export default class AskMeetingOutcome implements JobHandler<Payload> {
  async handle({ meetingId, startsAt }: Payload) {
    const meeting = await Meeting.find(meetingId)
    if (!meeting || meeting.status !== 'confirmed' || !meeting.startsAt) return { asked: false }
    if (meeting.startsAt.toMillis() !== DateTime.fromISO(startsAt).toMillis()) {
      return { asked: false }
    }
    if (meeting.endsAt! > DateTime.now()) return { asked: false }

    const deal = await Deal.query().where('id', meeting.dealId).preload('owner').firstOrFail()
    const i18n = i18nManager.locale(deal.owner?.locale ?? 'sr-Latn')
    await db.transaction(async (trx) => {
      await new AddTask().handle({
        deal,
        actor: null,
        title: i18n.t('meetings.outcome.task', { title: meeting.title }).slice(0, 200),
        dueAt: DateTime.now(),
        dedupeKey: `meeting:${meeting.id}:outcome`,
        trx,
      })
      if (deal.ownerId) {
        await queueMail(
          trx,
          'meeting_outcome',
          { meetingId: meeting.id },
          { key: `meeting:${meeting.id}:outcome`, dealId: deal.id }
        )
      }
    })
    return { asked: true }
  }
}
