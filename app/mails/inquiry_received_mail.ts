import { TranslatedMail } from '#mails/translated_mail'

/** Confirms to the person that their question arrived and who will answer it. */
export default class InquiryReceivedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private values: { question: string; assistant: string | null }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('deals.inquiry.emails.received_subject'),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('deals.inquiry.emails.received_body'),
        this.values.assistant
          ? t('deals.inquiry.emails.received_assistant', { name: this.values.assistant })
          : t('deals.inquiry.emails.received_no_assistant'),
        `${t('deals.inquiry.emails.your_question')}\n${this.values.question}`,
      ],
    }
  }
}
