import { TranslatedMail } from '#mails/translated_mail'

/** Tells the personal assistant a new question is theirs to answer. */
export default class InquiryAssignedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private values: { name: string; email: string; question: string },
    private url: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('deals.inquiry.emails.assigned_subject', { name: this.values.name }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('deals.inquiry.emails.assigned_body', {
          name: this.values.name,
          email: this.values.email,
        }),
        this.values.question,
      ],
      action: { label: t('emails.crm.open'), url: this.url },
    }
  }
}
