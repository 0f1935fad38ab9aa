import { TranslatedMail } from '#mails/translated_mail'

/**
 * Short notices of the CRM to staff and partner contacts: a declined or overdue
 * introduction, a reminder to answer, a follow-up due, a task due, a colleague's mention. `notice` names the message
 * under emails.crm.<notice>_subject / _body.
 */
export default class CrmNoticeMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private notice:
      | 'introduction_declined'
      | 'introduction_reminder'
      | 'introduction_overdue'
      | 'follow_up'
      | 'task_due'
      | 'mention',
    private values: Record<string, string>,
    private url: string
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t(`emails.crm.${this.notice}_subject`, this.values),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [t(`emails.crm.${this.notice}_body`, this.values)],
      action: { label: t('emails.crm.open'), url: this.url },
    }
  }
}
