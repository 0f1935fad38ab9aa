import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Meeting from '#models/meeting'
import MeetingSlot from '#models/meeting_slot'
import MeetingParticipant from '#models/meeting_participant'
import User from '#models/user'
import type Deal from '#models/deal'
import LogActivity from '#actions/deals/log_activity'
import { queueMail } from '#services/outbox'
import { DEFAULT_TIME_ZONE, type MeetingLocationKind } from '#enums/meeting'
import type { MeetingParticipantRole } from '#enums/meeting'

export interface MeetingProposal {
  title: string
  locationKind: MeetingLocationKind
  location: string
  durationMinutes: number
  /** Wall-clock times ("2026-12-15T18:00") in the proposer's own time zone. */
  slots: string[]
}

/** Partner contacts without an account are written to in Serbian, as introductions are. */
const PARTNER_LOCALE = 'sr-Latn'

/**
 * Staff propose a meeting on a deal: its place or video link, length and 2–3 candidate
 * times, read in the proposer's own zone. The deal's investor and the listing's partner
 * contact are invited, each by e-mail with a signed link that shows the times in their
 * own zone; the first to pick one fixes the meeting (PickMeetingTime).
 */
export default class ProposeMeeting {
  async handle({ deal, actor, data }: { deal: Deal; actor: User; data: MeetingProposal }) {
    const slots = this.instants(data.slots, actor.timeZone)
    await deal.load((loader) => loader.load('investor').load('contact').load('opportunity'))
    return db.transaction(async (trx) => {
      const invitees = await this.invitees(deal, trx)
      // Nobody to invite (an inquiry without e-mail, a listing without contact): nothing made.
      if (!invitees.length) return null
      const meeting = await Meeting.create(
        {
          dealId: deal.id,
          proposedById: actor.id,
          title: data.title,
          locationKind: data.locationKind,
          location: data.location,
          durationMinutes: data.durationMinutes,
          status: 'proposed',
        },
        { client: trx }
      )
      await MeetingSlot.createMany(
        slots.map((startsAt) => ({ meetingId: meeting.id, startsAt })),
        { client: trx }
      )
      const participants = await MeetingParticipant.createMany(
        invitees.map((invitee) => ({ ...invitee, meetingId: meeting.id })),
        { client: trx }
      )
      await new LogActivity().handle({
        deal,
        actor,
        kind: 'meeting',
        body: data.title,
        meta: {
          meetingId: meeting.id,
          event: 'proposed',
          slots: slots.map((slot) => slot.toUTC().toISO()),
        },
        trx,
      })
      for (const participant of participants) {
        await queueMail(
          trx,
          'meeting_proposal',
          { participantId: participant.id },
          { key: `meeting:${meeting.id}:proposal:${participant.id}`, dealId: deal.id }
        )
      }
      return meeting
    })
  }

  /**
   * The candidate times as instants, earliest first. The validator checked them in the
   * same zone; this guards other callers.
   */
  private instants(slots: string[], zone: string) {
    const instants = slots.map((slot) => DateTime.fromISO(slot, { zone }))
    const now = DateTime.now()
    const distinct = new Set(instants.map((instant) => instant.toMillis())).size
    if (instants.some((instant) => !instant.isValid || instant <= now) || distinct < slots.length) {
      throw new Exception('Candidate times must be distinct and ahead.', { status: 422 })
    }
    return instants.sort((a, b) => a.toMillis() - b.toMillis())
  }

  /** The investor (account, or contact of an inquiry) and the listing's partner contact. */
  private async invitees(deal: Deal, trx: TransactionClientContract) {
    const invitees: {
      role: MeetingParticipantRole
      userId: number | null
      fullName: string
      email: string
      locale: string
      timeZone: string
    }[] = []
    if (deal.investor) {
      invitees.push({ role: 'investor', ...this.fromUser(deal.investor) })
    } else if (deal.contact) {
      const account = deal.contact.userId
        ? await User.find(deal.contact.userId, { client: trx })
        : null
      invitees.push({
        role: 'investor',
        ...(account
          ? this.fromUser(account)
          : {
              userId: null,
              fullName: deal.contact.fullName,
              email: deal.contact.email,
              locale: deal.contact.locale,
              timeZone: DEFAULT_TIME_ZONE,
            }),
      })
    }
    const opportunity = deal.opportunity
    if (opportunity?.contactEmail) {
      // A partner contact with an account on Most has a zone (and language) of their own.
      const account = await User.query({ client: trx })
        .whereRaw('lower(email) = lower(?)', [opportunity.contactEmail])
        .whereNull('deletedAt')
        .first()
      invitees.push({
        role: 'partner',
        userId: account?.id ?? null,
        fullName: opportunity.contactName,
        email: opportunity.contactEmail,
        locale: account?.locale ?? PARTNER_LOCALE,
        timeZone: account?.timeZone ?? DEFAULT_TIME_ZONE,
      })
    }
    return invitees
  }

  private fromUser(user: User) {
    return {
      userId: user.id,
      fullName: user.fullName,
      email: user.email,
      locale: user.locale,
      timeZone: user.timeZone,
    }
  }
}
