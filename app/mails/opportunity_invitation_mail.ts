import { TranslatedMail } from '#mails/translated_mail'
import type { AlertedListing } from '#mails/opportunity_alert_mail'

/** A member of staff invites an investor to look at a listing that suits them. */
export default class OpportunityInvitationMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private listing: AlertedListing,
    private staffName: string,
    private unsubscribeUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const values = { title: this.listing.title, staff: this.staffName }
    return {
      subject: t('investors.matching.emails.invitation_subject', values),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('investors.matching.emails.invitation_body', values), ...this.listing.notes],
      action: { label: t('investors.matching.emails.open'), url: this.listing.url },
      unsubscribe: { label: t('investors.matching.emails.unsubscribe'), url: this.unsubscribeUrl },
    }
  }
}
