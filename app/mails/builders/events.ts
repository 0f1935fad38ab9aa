import type { BaseMail } from '@adonisjs/mail'
import EventAttendee from '#models/event_attendee'
import Opportunity from '#models/opportunity'
import EventFollowUpMail from '#mails/event_follow_up_mail'
import { FOLLOW_UP_STOP_PURPOSE, type FollowUpStep } from '#enums/event'
import { absoluteSignedUrlFor, absoluteUrlFor } from '#services/app_url'

/** How many current listings the day-7 digest shows. */
const DIGEST_SIZE = 5

/** E-mails to event attendees, rebuilt by the `mail:send` job from ids. */
export const eventMailBuilders = {
  /** Null once the sequence stopped for the attendee (they replied, showed interest or opted out). */
  async event_follow_up({
    attendeeId,
    step,
  }: {
    attendeeId: number
    step: FollowUpStep
  }): Promise<BaseMail | null> {
    const attendee = await EventAttendee.query()
      .where('id', attendeeId)
      .preload('event')
      .preload('contact')
      .first()
    if (!attendee || attendee.followUpStoppedAt) return null
    const { contact, event } = attendee
    const listings =
      step === 'digest'
        ? await Opportunity.query()
            .where('status', 'published')
            .orderBy('publishedAt', 'desc')
            .limit(DIGEST_SIZE)
        : []
    return new EventFollowUpMail(contact, contact.locale, step, {
      event: event.name,
      city: event.city,
      listingsUrl: absoluteUrlFor('opportunities.index'),
      inquiryUrl: absoluteUrlFor('inquiry.create'),
      stopUrl: absoluteSignedUrlFor(
        'events.follow_ups.stop',
        { id: attendee.id },
        { purpose: FOLLOW_UP_STOP_PURPOSE }
      ),
      listings: listings.map((listing) => ({
        title: listing.titleFor(contact.locale),
        url: absoluteUrlFor('opportunities.show', { slug: listing.slug }),
        note: null,
      })),
    })
  },
}
