import { TranslatedMail } from '#mails/translated_mail'

export default class VerifyEmailMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private verifyUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('emails.verify.subject'),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('emails.verify.body')],
      action: { label: t('emails.verify.action'), url: this.verifyUrl },
      footer: t('emails.verify.footer'),
    }
  }
}
