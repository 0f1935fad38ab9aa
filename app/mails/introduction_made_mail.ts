import { TranslatedMail } from '#mails/translated_mail'

/** Sent to both sides once the partner accepts: each gets the other's contact details. */
export default class IntroductionMadeMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private details: { title: string; otherName: string; otherEmail: string; otherRole: string }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const d = this.details
    return {
      subject: t('emails.introduction.made_subject', { title: d.title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('emails.introduction.made_body', { title: d.title, role: d.otherRole }),
        t('emails.introduction.made_contact', { name: d.otherName, email: d.otherEmail }),
      ],
    }
  }
}
