import { TranslatedMail } from '#mails/translated_mail'

/** Asks a partner's contact to meet an investor; details are shared only after "accept". */
export default class IntroductionRequestMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private details: {
      title: string
      investorFirstName: string
      residence: string
      amount: string
      message: string | null
      dueDate: string
      acceptUrl: string
      declineUrl: string
    }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const d = this.details
    return {
      subject: t('emails.introduction.request_subject', { title: d.title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t('emails.introduction.request_body', {
          name: d.investorFirstName,
          residence: d.residence,
          title: d.title,
          amount: d.amount,
        }),
        ...(d.message ? [t('emails.introduction.their_message', { message: d.message })] : []),
        t('emails.introduction.request_deadline', { date: d.dueDate }),
        t('emails.introduction.decline_link', { url: d.declineUrl }),
      ],
      action: { label: t('emails.introduction.accept'), url: d.acceptUrl },
    }
  }
}
