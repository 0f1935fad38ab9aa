import { TranslatedMail } from '#mails/translated_mail'
import type { FollowUpStep } from '#enums/event'

/** The follow-up sequence after an event: thank-you, projects digest, last call. */
export default class EventFollowUpMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private step: FollowUpStep,
    private values: {
      event: string
      city: string
      listingsUrl: string
      inquiryUrl: string
      /** Signed link that stops the rest of the sequence. */
      stopUrl: string
      listings: { title: string; url: string; note: string | null }[]
    }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const values = { event: this.values.event, city: this.values.city }
    return {
      subject: t(`community.events.emails.${this.step}_subject`, values),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t(`community.events.emails.${this.step}_body`, values),
        t('community.events.emails.questions', { url: this.values.inquiryUrl }),
      ],
      items: this.step === 'digest' ? this.values.listings : undefined,
      action: { label: t('community.events.emails.browse'), url: this.values.listingsUrl },
      unsubscribe: { label: t('community.events.stop.link'), url: this.values.stopUrl },
    }
  }
}
