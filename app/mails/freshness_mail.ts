import { TranslatedMail } from '#mails/translated_mail'
import type Opportunity from '#models/opportunity'

/**
 * The partner's listing is going stale: `daysLeft` before it is paused, asking them to
 * confirm it is current; `null` once it was paused because nobody re-confirmed it in time.
 */
export default class FreshnessMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private opportunity: Opportunity,
    private daysLeft: number | null,
    private listingUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const title = this.opportunity.titleFor(this.i18n.locale)
    const stage = this.daysLeft === null ? 'paused' : 'reminder'
    const values = { title, days: this.daysLeft ?? 0 }
    return {
      subject: t(`emails.freshness.${stage}_subject`, values),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t(`emails.freshness.${stage}_body`, values)],
      action: { label: t('emails.freshness.action'), url: this.listingUrl },
    }
  }
}
