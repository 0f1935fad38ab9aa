import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import nodeIcal, { type VEvent } from 'node-ical'
import Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import DealTask from '#models/deal_task'
import type User from '#models/user'
import Deal from '#models/deal'
import MeetingCalendarMail from '#mails/meeting_calendar_mail'
import MeetingProposalMail from '#mails/meeting_proposal_mail'
import MeetingNoticeMail from '#mails/meeting_notice_mail'
import RemindMeeting from '#jobs/remind_meeting'
import AskMeetingOutcome from '#jobs/ask_meeting_outcome'
import { UserFactory, TEST_PASSWORD } from '#database/factories/user_factory'
import DeleteAccount, { DELETED_NAME } from '#actions/trust/privacy/delete_account'
import { listingAndInvestor, interestAndDeal } from '#tests/helpers/marketplace'
import { drainOutbox } from '#tests/helpers/outbox'
import { submitAs } from '#tests/helpers/requests'
import type { ApiClient } from '@japa/api-client'

/** The e-mails sent in the current test (the real builders and job, a fake transport). */
let fake: ReturnType<typeof mail.fake>
const sentMails = (filter: (each: BaseMail) => boolean) => fake.mails.sent(filter)

const VANCOUVER = 'America/Vancouver'
const BELGRADE = 'Europe/Belgrade'

/** Candidate times as staff in Belgrade type them: 18:00 and 19:30 two weeks ahead, 09:00 three weeks ahead. */
function candidates() {
  const day = DateTime.now().setZone(BELGRADE).plus({ days: 14 }).startOf('day')
  return [
    day.set({ hour: 18 }),
    day.set({ hour: 19, minute: 30 }),
    day.plus({ days: 7 }).set({ hour: 9 }),
  ]
}
const local = (instant: DateTime) => instant.toFormat("yyyy-LL-dd'T'HH:mm")

/** A deal whose investor lives in Vancouver and whose listing's contact (a partner with an account) in Belgrade. */
async function dealAcrossZones(client: ApiClient) {
  const staff = await UserFactory.apply('staff').merge({ timeZone: BELGRADE }).create()
  const { investor, partner, opportunity } = await listingAndInvestor()
  investor.timeZone = VANCOUVER
  await investor.save()
  partner.timeZone = BELGRADE
  partner.locale = 'sr-Latn'
  await partner.save()
  opportunity.merge({ contactEmail: partner.email, contactName: partner.fullName })
  await opportunity.save()
  const { deal } = await interestAndDeal(client, investor, opportunity)
  deal.ownerId = staff.id
  await deal.save()
  await drainOutbox()
  return { staff, investor, partner, deal }
}

async function propose(client: ApiClient, staff: User, deal: Deal, slots = candidates()) {
  const response = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/meetings`, {
    json: {
      title: 'First call about the cold storage',
      locationKind: 'video',
      location: 'https://meet.example.org/most-42',
      durationMinutes: 45,
      slots: slots.map(local),
    },
  })
  response.assertStatus(302)
  return Meeting.query()
    .where('dealId', deal.id)
    .preload('slots', (query) => query.orderBy('startsAt'))
    .preload('participants')
    .orderBy('id', 'desc')
    .firstOrFail()
}

function invitationLink(participantId: number) {
  return signedUrlFor(
    'meetings.invitation',
    { id: participantId },
    { expiresIn: '60 days', purpose: 'meeting' }
  )
}

function participantOf(meeting: Meeting, role: 'investor' | 'partner') {
  return meeting.participants.find((participant) => participant.role === role)!
}

/** The .ics a calendar e-mail carried, as sent, and its one VEVENT parsed by node-ical. */
async function calendarOf(sent: BaseMail) {
  const ics = String(sent.message.toJSON().message.icalEvent?.content ?? '')
  const parsed = await nodeIcal.async.parseICS(ics)
  const event = Object.values(parsed).find((entry) => entry?.type === 'VEVENT') as VEvent
  return { ics, event, method: String(parsed.vcalendar?.method ?? '') }
}

/**
 * The UTC offset a calendar program reads from the file's own VTIMEZONE for a wall-clock
 * time: the last observance starting before it. Rules copied from an old tz database (an
 * RRULE from 1970) would give British Columbia's old winter offset here.
 */
function offsetFromVtimezone(ics: string, zone: string, wall: string) {
  const block = ics.split(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`)[1]?.split('END:VTIMEZONE')[0]
  if (!block) return null
  const observances = [
    ...block.matchAll(/DTSTART:(\d{8}T\d{6})\r\n(?:.*\r\n)*?TZOFFSETTO:([+-]\d{4})/g),
  ]
  const current = observances.filter(([, start]) => start <= wall).at(-1)
  return current?.[2] ?? null
}

function sentTo(mails: BaseMail[], email: string) {
  const found = mails.filter((each) =>
    JSON.stringify(each.message.toJSON().message.to).includes(email)
  )
  return found
}

test.group('Meetings across time zones', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    fake = mail.fake()
    return () => mail.restore()
  })

  test('proposing invites the investor and the partner, each with the times in their own zone', async ({
    client,
    assert,
  }) => {
    const { staff, investor, partner, deal } = await dealAcrossZones(client)
    const slots = candidates()
    const meeting = await propose(client, staff, deal, slots)

    assert.equal(meeting.status, 'proposed')
    assert.deepEqual(
      meeting.slots.map((slot) => slot.startsAt.toMillis()),
      slots.map((slot) => slot.toMillis())
    )
    assert.equal(participantOf(meeting, 'investor').userId, investor.id)
    assert.equal(participantOf(meeting, 'investor').timeZone, VANCOUVER)
    assert.equal(participantOf(meeting, 'partner').userId, partner.id)
    assert.equal(participantOf(meeting, 'partner').timeZone, BELGRADE)

    const timeline = await db.from('deal_activities').where({ deal_id: deal.id, kind: 'meeting' })
    assert.lengthOf(timeline, 1)
    assert.equal(timeline[0].meta.event, 'proposed')

    await drainOutbox()
    const proposals = sentMails((each) => each instanceof MeetingProposalMail)
    assert.lengthOf(proposals, 2)
    // 18:00 in Belgrade is 09:00 or 10:00 in Vancouver, whatever the runtime's rules say.
    const inVancouver = slots[0].setZone(VANCOUVER).toFormat('HH:mm')
    const investorText = String(sentTo(proposals, investor.email)[0].message.toJSON().message.text)
    assert.include(investorText, inVancouver)
    assert.include(investorText, 'America/Vancouver')
    assert.include(investorText, '/meetings/invitations/')
    const partnerText = String(sentTo(proposals, partner.email)[0].message.toJSON().message.text)
    assert.include(partnerText, '18:00')
    assert.include(partnerText, 'Europe/Belgrade')

    // The invitation page shows the same instants and the invitee's zone.
    const page = await client
      .get(invitationLink(participantOf(meeting, 'investor').id))
      .withInertia()
    page.assertInertiaComponent('deals/meetings/invitation')
    assert.equal(page.inertiaProps.invitation.timeZone, VANCOUVER)
    assert.deepEqual(
      page.inertiaProps.invitation.meeting.slots.map((slot: { startsAt: string }) =>
        new Date(slot.startsAt).getTime()
      ),
      slots.map((slot) => slot.toMillis())
    )
    assert.notInclude(JSON.stringify(page.inertiaProps.invitation), partner.email)

    // The deal page lists it for staff.
    const dealPage = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(dealPage.inertiaProps.meetings[0].id, meeting.id)
  })

  test('the first pick fixes the time; everyone gets a REQUEST .ics in their own zone', async ({
    client,
    assert,
  }) => {
    const { staff, investor, partner, deal } = await dealAcrossZones(client)
    const meeting = await propose(client, staff, deal)
    await drainOutbox()
    const chosen = meeting.slots[1]
    const investorLink = invitationLink(participantOf(meeting, 'investor').id)

    const picked = await client
      .post(investorLink)
      .json({ slotId: chosen.id })
      .withCsrfToken()
      .redirects(0)
    picked.assertStatus(302)
    await meeting.refresh()
    assert.equal(meeting.status, 'confirmed')
    assert.equal(meeting.startsAt!.toMillis(), chosen.startsAt.toMillis())
    assert.equal(meeting.sequence, 0)

    // The partner's later pick of another time changes nothing.
    await client
      .post(invitationLink(participantOf(meeting, 'partner').id))
      .json({ slotId: meeting.slots[0].id })
      .withCsrfToken()
      .redirects(0)
    await meeting.refresh()
    assert.equal(meeting.startsAt!.toMillis(), chosen.startsAt.toMillis())

    await drainOutbox()
    const invitations = sentMails((each) => each instanceof MeetingCalendarMail)
    assert.lengthOf(invitations, 3, 'investor, partner and the deal owner')
    for (const [email, zone] of [
      [investor.email, VANCOUVER],
      [partner.email, BELGRADE],
      [staff.email, BELGRADE],
    ]) {
      const [sent] = sentTo(invitations, email)
      const { ics, event, method } = await calendarOf(sent)
      assert.equal(method, 'REQUEST')
      assert.equal(event.uid, `meeting-${meeting.id}@most`)
      assert.equal(Number(event.sequence), 0)
      assert.equal(event.start.getTime(), chosen.startsAt.toMillis())
      assert.equal(event.end!.getTime(), chosen.startsAt.plus({ minutes: 45 }).toMillis())
      assert.equal(event.start.tz, zone)
      const wall = chosen.startsAt.setZone(zone).toFormat("yyyyLLdd'T'HHmmss")
      assert.include(ics, `DTSTART;TZID=${zone}:${wall}`)
      // The VTIMEZONE comes from the runtime's own rules: its offset at the meeting is Luxon's.
      assert.include(ics, `BEGIN:VTIMEZONE\r\nTZID:${zone}`)
      const offset = chosen.startsAt.setZone(zone).toFormat('ZZZ')
      assert.equal(offsetFromVtimezone(ics, zone, wall), offset)
      assert.notInclude(ics, 'RRULE')
      assert.match(ics, /DTSTAMP:\d{8}T\d{6}Z/)
    }

    // The fixed time is on the timeline and the page offers the .ics.
    const lines = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'meeting' })
      .orderBy('id')
    assert.deepEqual(
      lines.map((line) => line.meta.event),
      ['proposed', 'confirmed']
    )
    const page = await client.get(investorLink).withInertia()
    assert.equal(page.inertiaProps.invitation.meeting.status, 'confirmed')
    const download = await client.get(page.inertiaProps.calendarUrl)
    download.assertStatus(200)
    const parsed = await nodeIcal.async.parseICS(download.text())
    const event = Object.values(parsed).find((entry) => entry?.type === 'VEVENT') as VEvent
    assert.equal(event.start.getTime(), chosen.startsAt.toMillis())
    assert.equal(event.start.tz, VANCOUVER)

    // The reminder and the outcome request wait in the outbox for their time.
    const jobs = await db
      .from('outbox_messages')
      .whereIn('job_name', ['meetings:remind', 'meetings:ask-outcome'])
      .orderBy('job_name')
    assert.lengthOf(jobs, 2)
    const reminderAt = new Date(jobs.find((job) => job.job_name === 'meetings:remind').available_at)
    assert.closeTo(reminderAt.getTime(), chosen.startsAt.minus({ hours: 24 }).toMillis(), 60_000)
  })

  test('tampered, borrowed or unsigned links are refused; a time not offered is a field error', async ({
    client,
    assert,
  }) => {
    const { staff, deal } = await dealAcrossZones(client)
    const meeting = await propose(client, staff, deal)
    const other = await propose(client, staff, deal)
    const investor = participantOf(meeting, 'investor')
    const link = invitationLink(investor.id)

    const tampered = link.replace(/signature=([^&]+)/, (_, sig: string) => {
      return `signature=${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`
    })
    const attempts = [
      tampered,
      // The investor's signature on the partner's id
      link.replace(
        `/invitations/${investor.id}`,
        `/invitations/${participantOf(meeting, 'partner').id}`
      ),
      `/meetings/invitations/${investor.id}`,
      // A link signed for another purpose
      signedUrlFor('meetings.invitation', { id: investor.id }, { purpose: 'introduction' }),
    ]
    for (const url of attempts) {
      ;(await client.get(url)).assertStatus(403)
      const post = await client
        .post(url)
        .json({ slotId: meeting.slots[0].id })
        .withCsrfToken()
        .redirects(0)
      post.assertStatus(403)
      ;(await client.get(url.replace(/(\/invitations\/\d+)/, '$1/calendar.ics'))).assertStatus(403)
    }
    await meeting.refresh()
    assert.equal(meeting.status, 'proposed')

    // Another meeting's time, a hostile value: a field error, never a 500.
    const wrong = await client
      .post(link)
      .json({ slotId: other.slots[0].id })
      .withCsrfToken()
      .header('accept', 'application/json')
    wrong.assertStatus(422)
    assert.equal(wrong.body().errors[0].field, 'slotId')
    // From the page (not JSON): back to the same signed page, with the error for the field.
    const fromPage = await client
      .post(link)
      .json({ slotId: other.slots[0].id })
      .withCsrfToken()
      .redirects(0)
    fromPage.assertStatus(302)
    assert.equal(fromPage.header('location'), link)
    assert.property(fromPage.flashMessages().inputErrorsBag, 'slotId')
    const hostile = await client
      .post(link)
      .json({ slotId: { $gt: 0 } })
      .withCsrfToken()
      .header('accept', 'application/json')
    hostile.assertStatus(422)
    await meeting.refresh()
    assert.equal(meeting.status, 'proposed')
    assert.lengthOf(
      await db.from('outbox_messages').whereRaw(`payload->>'mail' = 'meeting_calendar'`),
      0
    )
  })

  test('an update raises the SEQUENCE and re-sends; cancelling sends METHOD:CANCEL', async ({
    client,
    assert,
  }) => {
    const { staff, investor, deal } = await dealAcrossZones(client)
    const meeting = await propose(client, staff, deal)
    await client
      .post(invitationLink(participantOf(meeting, 'investor').id))
      .json({ slotId: meeting.slots[0].id })
      .withCsrfToken()
    await drainOutbox()
    const firstTime = meeting.slots[0].startsAt

    const later = firstTime.setZone(BELGRADE).plus({ days: 2 })
    const updated = await submitAs(client, staff, 'post', `/crm/meetings/${meeting.id}/update`, {
      json: {
        title: 'First call about the cold storage',
        locationKind: 'place',
        location: 'Science Technology Park Niš, Aleksandra Medvedeva 2a',
        durationMinutes: 60,
        startsAt: local(later),
      },
    })
    updated.assertStatus(302)
    await meeting.refresh()
    assert.equal(meeting.sequence, 1)
    assert.equal(meeting.startsAt!.toMillis(), later.toMillis())
    await drainOutbox()

    const requests = sentMails((each) => each instanceof MeetingCalendarMail).filter((each) =>
      String(each.message.toJSON().message.subject).includes('changed')
    )
    assert.isAtLeast(requests.length, 1)
    const { event, method } = await calendarOf(sentTo(requests, investor.email)[0])
    assert.equal(method, 'REQUEST')
    assert.equal(Number(event.sequence), 1)
    assert.equal(event.start.getTime(), later.toMillis())
    assert.equal(event.start.tz, VANCOUVER)
    assert.equal(event.location, 'Science Technology Park Niš, Aleksandra Medvedeva 2a')

    // The old time's reminder finds the meeting moved and sends nothing; the new one reminds.
    const remind = new RemindMeeting()
    assert.deepEqual(
      await remind.handle({ meetingId: meeting.id, startsAt: firstTime.toUTC().toISO()! }),
      { sent: 0 }
    )
    const payload = { meetingId: meeting.id, startsAt: later.toUTC().toISO()! }
    assert.deepEqual(await remind.handle(payload), { sent: 3 })
    await remind.handle(payload)
    await drainOutbox()
    assert.lengthOf(
      sentMails((each) => each instanceof MeetingNoticeMail),
      3,
      'one reminder each, however often the job runs'
    )

    const cancelled = await submitAs(client, staff, 'post', `/crm/meetings/${meeting.id}/cancel`)
    cancelled.assertStatus(302)
    await submitAs(client, staff, 'post', `/crm/meetings/${meeting.id}/cancel`)
    await meeting.refresh()
    assert.equal(meeting.status, 'cancelled')
    assert.equal(meeting.sequence, 2)
    await drainOutbox()
    const cancels = sentMails(
      (each) =>
        each instanceof MeetingCalendarMail &&
        each.message.toJSON().message.icalEvent?.method === 'CANCEL'
    )
    assert.lengthOf(cancels, 3)
    const cancel = await calendarOf(sentTo(cancels, investor.email)[0])
    assert.equal(cancel.method, 'CANCEL')
    assert.equal(cancel.event.uid, `meeting-${meeting.id}@most`)
    assert.equal(Number(cancel.event.sequence), 2)
    assert.equal(cancel.event.status, 'CANCELLED')

    // Nothing follows a cancelled meeting; changing it is refused.
    assert.deepEqual(await remind.handle(payload), { sent: 0 })
    assert.deepEqual(await new AskMeetingOutcome().handle(payload), { asked: false })
    const refused = await submitAs(client, staff, 'post', `/crm/meetings/${meeting.id}/update`, {
      json: {
        title: 'Again',
        locationKind: 'place',
        location: 'Niš',
        durationMinutes: 60,
        startsAt: local(later.plus({ days: 1 })),
      },
      asJsonCaller: true,
    })
    refused.assertStatus(422)
    const events = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'meeting' })
      .orderBy('id')
    assert.deepEqual(
      events.map((line) => line.meta.event),
      ['proposed', 'confirmed', 'updated', 'cancelled']
    )
  })

  test('after the meeting the owner is asked for an outcome note, once', async ({
    client,
    assert,
  }) => {
    const { staff, deal } = await dealAcrossZones(client)
    const meeting = await propose(client, staff, deal)
    await client
      .post(invitationLink(participantOf(meeting, 'investor').id))
      .json({ slotId: meeting.slots[0].id })
      .withCsrfToken()
    await meeting.refresh()
    const startsAt = meeting.startsAt!.toUTC().toISO()!
    const job = new AskMeetingOutcome()
    // Before it has ended: nothing.
    assert.deepEqual(await job.handle({ meetingId: meeting.id, startsAt }), { asked: false })

    // The meeting took place (its row moved into the past, as the clock would).
    const past = DateTime.now().minus({ hours: 2 })
    await db.from('meetings').where('id', meeting.id).update({ starts_at: past.toJSDate() })
    const payload = { meetingId: meeting.id, startsAt: past.toUTC().toISO()! }
    assert.deepEqual(await job.handle(payload), { asked: true })
    await job.handle(payload)
    const tasks = await DealTask.query().where('dedupeKey', `meeting:${meeting.id}:outcome`)
    assert.lengthOf(tasks, 1)
    assert.equal(tasks[0].assigneeId, staff.id)
    assert.include(tasks[0].title, meeting.title)
    await drainOutbox()
    const asked = sentMails(
      (each) =>
        each instanceof MeetingNoticeMail &&
        String(each.message.toJSON().message.subject).startsWith('How did the meeting go')
    )
    assert.lengthOf(asked, 1)
  })

  test('bad proposals are field errors: one time, a past time, a plain-text video link, junk', async ({
    client,
    assert,
  }) => {
    const { staff, deal } = await dealAcrossZones(client)
    const [first, second] = candidates()
    const base = {
      title: 'Call',
      locationKind: 'video',
      location: 'https://meet.example.org/x',
      durationMinutes: 30,
      slots: [local(first), local(second)],
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ slots: [local(first)] }, 'slots'],
      [
        { slots: [local(first), local(DateTime.now().setZone(BELGRADE).minus({ days: 1 }))] },
        'slots.1',
      ],
      [{ slots: [local(first), local(first)] }, 'slots'],
      [{ location: 'our usual room' }, 'location'],
      [{ location: 'javascript:alert(1)' }, 'location'],
      [{ durationMinutes: 5000 }, 'durationMinutes'],
      [{ slots: { 0: '2030-01-01T10:00' } }, 'slots'],
      [{ slots: ['2030-13-45T99:99', local(second)] }, 'slots.0'],
    ]
    for (const [change, field] of cases) {
      const response = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/meetings`, {
        json: { ...base, ...change },
        asJsonCaller: true,
      })
      response.assertStatus(422)
      const fields = response.body().errors.map((error: { field: string }) => error.field)
      assert.include(fields, field, JSON.stringify(change))
    }
    assert.lengthOf(await Meeting.query().where('dealId', deal.id), 0)

    // A deal with nobody to invite (no investor, no listing): told so, nothing made.
    const lonely = await Deal.create({
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      ownerId: staff.id,
      title: 'Nobody to meet',
      valueEur: 1,
      stageEnteredAt: DateTime.now(),
    })
    const told = await submitAs(client, staff, 'post', `/crm/deals/${lonely.id}/meetings`, {
      json: base,
    })
    told.assertStatus(302)
    assert.include(String(told.flashMessages().error), 'nobody to invite')
    assert.lengthOf(await Meeting.query().where('dealId', lonely.id), 0)
  })

  test('an investor who deletes their account leaves no name or address on invitations', async ({
    client,
    assert,
  }) => {
    const { staff, investor, deal } = await dealAcrossZones(client)
    const meeting = await propose(client, staff, deal)
    const email = investor.email
    await new DeleteAccount().handle({ user: investor, password: TEST_PASSWORD })
    const invitation = await MeetingParticipant.findOrFail(participantOf(meeting, 'investor').id)
    assert.equal(invitation.fullName, DELETED_NAME)
    assert.notEqual(invitation.email, email)
    assert.match(invitation.email, /@deleted\.invalid$/)
    // The partner's invitation is theirs, untouched.
    const partner = await MeetingParticipant.findOrFail(participantOf(meeting, 'partner').id)
    assert.notEqual(partner.fullName, DELETED_NAME)
  })

  test('people choose their own time zone in their account settings', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const saved = await submitAs(client, investor, 'post', '/account/time-zone', {
      json: { timeZone: VANCOUVER },
    })
    saved.assertStatus(302)
    await investor.refresh()
    assert.equal(investor.timeZone, VANCOUVER)

    for (const timeZone of ['Mars/Olympus_Mons', 'America/Vancouver<script>', '', 42]) {
      const refused = await submitAs(client, investor, 'post', '/account/time-zone', {
        json: { timeZone },
        asJsonCaller: true,
      })
      refused.assertStatus(422)
      assert.equal(refused.body().errors[0].field, 'timeZone')
    }
    await investor.refresh()
    assert.equal(investor.timeZone, VANCOUVER)

    const page = await client.get('/account').loginAs(investor).withInertia()
    assert.equal(page.inertiaProps.user.timeZone, VANCOUVER)
    assert.include(page.inertiaProps.timeZones, 'Europe/Belgrade')
    // Nobody else's participant row changes with it.
    assert.lengthOf(await MeetingParticipant.all(), 0)
  })
})
