import { TranslatedMail } from '#mails/translated_mail'

/**
 * Questions and answers on a listing, by e-mail: the listing's partner hears of a new
 * question (its response clock runs from now), the investor of the answer.
 */
export default class QuestionMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private facts: {
      kind: 'asked' | 'answered'
      title: string
      question: string
      answer: string | null
      url: string
    }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const { kind, title, question, answer, url } = this.facts
    return {
      subject: t(`opportunities.questions.emails.${kind}_subject`, { title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t(`opportunities.questions.emails.${kind}_body`, { title }),
        `„${question}“`,
        ...(answer ? [answer] : []),
      ],
      action: { label: t(`opportunities.questions.emails.${kind}_action`), url },
    }
  }
}
