import type { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import Meeting from '#models/meeting'
import MeetingParticipant from '#models/meeting_participant'
import MeetingProposalMail from '#mails/meeting_proposal_mail'
import MeetingCalendarMail from '#mails/meeting_calendar_mail'
import MeetingNoticeMail from '#mails/meeting_notice_mail'
import { absoluteSignedUrlFor, absoluteUrlFor } from '#services/app_url'
import { meetingCalendar, type CalendarMethod } from '#services/meeting_calendar'
import { formatInZone } from '#services/time_zones'
import { MEETING_LINK_EXPIRY } from '#enums/meeting'

/** An invitee's own signed page: the candidate times, then the time fixed, in their zone. */
export function meetingInvitationUrl(participantId: number) {
  return absoluteSignedUrlFor(
    'meetings.invitation',
    { id: participantId },
    { expiresIn: MEETING_LINK_EXPIRY, purpose: 'meeting' }
  )
}

async function loadMeeting(id: number) {
  return Meeting.query()
    .where('id', id)
    .preload('slots', (slots) => slots.orderBy('startsAt'))
    .preload('participants', (participants) => participants.preload('user').orderBy('id'))
    .preload('deal', (deal) => deal.preload('owner').preload('opportunity'))
    .first()
}

type LoadedMeeting = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>

/** Who a meeting e-mail goes to: an invitee (with their signed page) or the deal's owner. */
function recipientOf(meeting: LoadedMeeting, participantId: number | null) {
  if (participantId === null) {
    const owner = meeting.deal.owner
    if (!owner) return null
    return {
      person: owner,
      locale: owner.locale,
      zone: owner.timeZone,
      url: absoluteUrlFor('crm.deals.show', { id: meeting.dealId }),
    }
  }
  const participant = meeting.participants.find((each) => each.id === participantId)
  if (!participant) return null
  return {
    person: { email: participant.email, fullName: participant.fullName },
    locale: participant.locale,
    zone: participant.zone,
    url: meetingInvitationUrl(participant.id),
  }
}

function dealName(meeting: LoadedMeeting, locale: string) {
  return meeting.deal.opportunity?.titleFor(locale) ?? meeting.deal.title
}

/** Meeting e-mails, rebuilt by the `mail:send` job from ids. Null: no longer worth sending. */
export const meetingMailBuilders = {
  async meeting_proposal({ participantId }: { participantId: number }): Promise<BaseMail | null> {
    const participant = await MeetingParticipant.query()
      .where('id', participantId)
      .preload('user')
      .first()
    const meeting = participant && (await loadMeeting(participant.meetingId))
    if (!participant || !meeting || meeting.status !== 'proposed') return null
    const i18n = i18nManager.locale(participant.locale)
    return new MeetingProposalMail(participant, participant.locale, {
      title: meeting.title,
      deal: dealName(meeting, participant.locale),
      location: meeting.location,
      duration: meeting.durationMinutes,
      times: meeting.slots.map((slot) => formatInZone(i18n, slot.startsAt, participant.zone)),
      url: meetingInvitationUrl(participant.id),
    })
  },

  async meeting_calendar({
    meetingId,
    participantId,
    method,
    sequence,
  }: {
    meetingId: number
    participantId: number | null
    method: CalendarMethod
    sequence: number
  }): Promise<BaseMail | null> {
    const meeting = await loadMeeting(meetingId)
    if (!meeting?.startsAt) return null
    // A newer version is on its way (or the meeting was called off): this one is stale.
    if (method === 'REQUEST' && (meeting.status !== 'confirmed' || meeting.sequence !== sequence))
      return null
    if (method === 'CANCEL' && meeting.status !== 'cancelled') return null
    const recipient = recipientOf(meeting, participantId)
    if (!recipient) return null
    const i18n = i18nManager.locale(recipient.locale)
    const owner = meeting.deal.owner
    const calendar = meetingCalendar({
      meeting,
      method,
      zone: recipient.zone,
      summary: meeting.title,
      description: dealName(meeting, recipient.locale),
      attendees: [
        ...meeting.participants.map((each) => ({ name: each.fullName, email: each.email })),
        ...(owner ? [{ name: owner.fullName, email: owner.email }] : []),
      ],
    })
    return new MeetingCalendarMail(
      recipient.person,
      recipient.locale,
      {
        method,
        updated: meeting.sequence > 0,
        title: meeting.title,
        when: formatInZone(i18n, meeting.startsAt, recipient.zone),
        location: meeting.location,
        url: recipient.url,
      },
      calendar
    )
  },

  async meeting_reminder({
    meetingId,
    participantId,
    startsAt,
  }: {
    meetingId: number
    participantId: number | null
    startsAt: string
  }): Promise<BaseMail | null> {
    const meeting = await loadMeeting(meetingId)
    if (!meeting?.startsAt || meeting.status !== 'confirmed') return null
    if (meeting.startsAt.toMillis() !== new Date(startsAt).getTime()) return null
    const recipient = recipientOf(meeting, participantId)
    if (!recipient) return null
    const i18n = i18nManager.locale(recipient.locale)
    return new MeetingNoticeMail(
      recipient.person,
      recipient.locale,
      'reminder',
      {
        title: meeting.title,
        when: formatInZone(i18n, meeting.startsAt, recipient.zone),
        location: meeting.location,
      },
      recipient.url
    )
  },

  async meeting_outcome({ meetingId }: { meetingId: number }): Promise<BaseMail | null> {
    const meeting = await loadMeeting(meetingId)
    const owner = meeting?.deal.owner
    if (!meeting || !owner || meeting.status !== 'confirmed') return null
    return new MeetingNoticeMail(
      owner,
      owner.locale,
      'outcome',
      { title: meeting.title, deal: dealName(meeting, owner.locale) },
      absoluteUrlFor('crm.deals.show', { id: meeting.dealId })
    )
  },

  async meeting_withdrawn({ participantId }: { participantId: number }): Promise<BaseMail | null> {
    const participant = await MeetingParticipant.query()
      .where('id', participantId)
      .preload('meeting')
      .first()
    if (!participant || participant.meeting.status !== 'cancelled') return null
    return new MeetingNoticeMail(
      participant,
      participant.locale,
      'withdrawn',
      { title: participant.meeting.title },
      null
    )
  },
}
