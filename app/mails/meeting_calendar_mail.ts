import { TranslatedMail } from '#mails/translated_mail'
import type { CalendarMethod } from '#services/meeting_calendar'

/**
 * The calendar invitation of a meeting (METHOD:REQUEST, again at each update with a
 * higher SEQUENCE) or its cancellation (METHOD:CANCEL), with the .ics in the recipient's zone.
 */
export default class MeetingCalendarMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private details: {
      method: CalendarMethod
      updated: boolean
      title: string
      when: string
      location: string
      url: string
    },
    private calendar: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const d = this.details
    const kind = d.method === 'CANCEL' ? 'cancelled' : d.updated ? 'updated' : 'confirmed'
    return {
      subject: t(`meetings.mail.${kind}_subject`, { title: d.title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t(`meetings.mail.${kind}_body`, { when: d.when }),
        t('meetings.mail.where', { location: d.location }),
      ],
      action: { label: t('meetings.mail.open'), url: d.url },
    }
  }

  prepare() {
    super.prepare()
    this.message.icalEvent(this.calendar, {
      method: this.details.method,
      filename: this.details.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
    })
  }
}
