import { TranslatedMail } from '#mails/translated_mail'
import type Opportunity from '#models/opportunity'

/** Tells the partner the listing was paused because nobody re-confirmed it in time. */
export default class OpportunityPausedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private opportunity: Opportunity,
    private listingUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const title = this.opportunity.titleFor(this.i18n.locale)
    return {
      subject: t('emails.freshness.paused_subject', { title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('emails.freshness.paused_body', { title })],
      action: { label: t('emails.freshness.action'), url: this.listingUrl },
    }
  }
}
