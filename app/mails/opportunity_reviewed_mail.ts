import { TranslatedMail } from '#mails/translated_mail'
import type Opportunity from '#models/opportunity'

/**
 * Tells the partner's members that staff published or sent back their listing. The
 * outcome comes from the review's own step in the history, not from the listing's
 * current status, which may have moved on before the e-mail job runs.
 */
export default class OpportunityReviewedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private opportunity: Opportunity,
    private listingUrl: string,
    private outcome: { published: boolean; reason: string | null }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const title = this.opportunity.titleFor(this.i18n.locale)
    const published = this.outcome.published
    return {
      subject: t(
        published
          ? 'emails.opportunity_reviewed.published_subject'
          : 'emails.opportunity_reviewed.rejected_subject',
        { title }
      ),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: published
        ? [t('emails.opportunity_reviewed.published_body', { title })]
        : [
            t('emails.opportunity_reviewed.rejected_body', { title }),
            t('emails.opportunity_reviewed.reason', {
              reason: this.outcome.reason ?? '',
            }),
          ],
      action: { label: t('emails.opportunity_reviewed.action'), url: this.listingUrl },
    }
  }
}
