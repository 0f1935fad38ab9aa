import { TranslatedMail } from '#mails/translated_mail'

/** "Your data is ready": the signed download link, valid as long as the file is kept. */
export default class DataExportReadyMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private downloadUrl: string,
    private days: number
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('accounts.account.emails.export_ready.subject'),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t('accounts.account.emails.export_ready.body', { days: this.days })],
      action: { label: t('accounts.account.emails.export_ready.action'), url: this.downloadUrl },
      footer: t('accounts.account.emails.export_ready.footer'),
    }
  }
}
