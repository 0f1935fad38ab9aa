import { TranslatedMail } from '#mails/translated_mail'
import type Opportunity from '#models/opportunity'

/** Asks the partner to confirm their listing is current before it is paused. */
export default class FreshnessReminderMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private opportunity: Opportunity,
    private daysLeft: number,
    private listingUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const title = this.opportunity.titleFor(this.i18n.locale)
    return {
      subject: t('emails.freshness.reminder_subject', { title, days: this.daysLeft }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('emails.freshness.reminder_body', { title, days: this.daysLeft })],
      action: { label: t('emails.freshness.action'), url: this.listingUrl },
    }
  }
}
