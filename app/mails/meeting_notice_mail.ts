import { TranslatedMail } from '#mails/translated_mail'

/**
 * Short notices about a meeting: the reminder before it, the owner's outcome request
 * after it, and "withdrawn" for invitees of a proposal that was called off. `notice` names
 * the message under meetings.mail.<notice>_subject / _body.
 */
export default class MeetingNoticeMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private notice: 'reminder' | 'outcome' | 'withdrawn',
    private values: Record<string, string>,
    private url: string | null
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t(`meetings.mail.${this.notice}_subject`, this.values),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t(`meetings.mail.${this.notice}_body`, this.values)],
      ...(this.url ? { action: { label: t('meetings.mail.open'), url: this.url } } : {}),
    }
  }
}
