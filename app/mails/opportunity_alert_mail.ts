import { TranslatedMail } from '#mails/translated_mail'

export interface AlertedListing {
  title: string
  url: string
  /** Why it was sent: the match in words, or the saved search that found it. */
  notes: string[]
}

/** One new listing that fits an investor (a saved search with instant e-mail, or a high score). */
export default class OpportunityAlertMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private listing: AlertedListing,
    private unsubscribeUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('investors.matching.emails.alert_subject', { title: this.listing.title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('investors.matching.emails.alert_body', { title: this.listing.title }),
        ...this.listing.notes,
      ],
      action: { label: t('investors.matching.emails.open'), url: this.listing.url },
      footer: t('investors.matching.emails.why_footer'),
      unsubscribe: { label: t('investors.matching.emails.unsubscribe'), url: this.unsubscribeUrl },
    }
  }
}
