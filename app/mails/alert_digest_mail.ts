import { TranslatedMail } from '#mails/translated_mail'
import type { AlertedListing } from '#mails/opportunity_alert_mail'

/** The weekly digest: every listing collected for an investor since the last one, in one e-mail. */
export default class AlertDigestMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private listings: AlertedListing[],
    private browseUrl: string,
    private unsubscribeUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('investors.matching.emails.digest_subject', { count: this.listings.length }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('investors.matching.emails.digest_body', { count: this.listings.length })],
      items: this.listings.map((listing) => ({
        title: listing.title,
        url: listing.url,
        note: listing.notes.join(' '),
      })),
      action: { label: t('investors.matching.emails.browse'), url: this.browseUrl },
      footer: t('investors.matching.emails.why_footer'),
      unsubscribe: { label: t('investors.matching.emails.unsubscribe'), url: this.unsubscribeUrl },
    }
  }
}
