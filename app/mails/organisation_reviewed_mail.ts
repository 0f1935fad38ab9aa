import { TranslatedMail } from '#mails/translated_mail'
import type Organisation from '#models/organisation'

/** Tells an organisation's owner the outcome of the review it was queued for. */
export default class OrganisationReviewedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private organisation: Organisation,
    private dashboardUrl: string,
    private approved: boolean
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const approved = this.approved
    const paragraphs = approved
      ? [t('emails.organisation_reviewed.approved_body', { organisation: this.organisation.name })]
      : [
          t('emails.organisation_reviewed.rejected_body', { organisation: this.organisation.name }),
          t('emails.organisation_reviewed.reason', {
            reason: this.organisation.rejectionReason ?? '',
          }),
        ]
    return {
      subject: t(
        approved
          ? 'emails.organisation_reviewed.approved_subject'
          : 'emails.organisation_reviewed.rejected_subject'
      ),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs,
      action: { label: t('emails.organisation_reviewed.action'), url: this.dashboardUrl },
    }
  }
}
