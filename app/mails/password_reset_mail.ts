import { TranslatedMail } from '#mails/translated_mail'

export default class PasswordResetMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private resetUrl: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('emails.password_reset.subject'),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('emails.password_reset.body')],
      action: { label: t('emails.password_reset.action'), url: this.resetUrl },
      footer: t('emails.password_reset.footer'),
    }
  }
}
