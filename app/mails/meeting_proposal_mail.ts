import { TranslatedMail } from '#mails/translated_mail'

/** Invites the investor or the partner contact to pick one of a meeting's candidate times. */
export default class MeetingProposalMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private details: {
      title: string
      deal: string
      location: string
      duration: number
      /** Each candidate time in the recipient's own zone. */
      times: string[]
      url: string
    }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const d = this.details
    return {
      subject: t('meetings.mail.proposal_subject', { title: d.title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('meetings.mail.proposal_body', { deal: d.deal, duration: d.duration }),
        t('meetings.mail.where', { location: d.location }),
        ...d.times.map((time) => `• ${time}`),
      ],
      action: { label: t('meetings.mail.pick'), url: d.url },
    }
  }
}
