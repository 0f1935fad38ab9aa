import { TranslatedMail } from '#mails/translated_mail'

/** The signed NDA, as a PDF attachment, to the investor who signed it and to the listing's partner. */
export default class NdaSignedMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private facts: {
      side: 'investor' | 'partner'
      title: string
      signerName: string
      signedAt: string
      version: number
      url: string
      pdf: Buffer
      fileName: string
    }
  ) {
    super(recipient, locale)
  }

  prepare() {
    super.prepare()
    this.message.attachData(this.facts.pdf, {
      filename: this.facts.fileName,
      contentType: 'application/pdf',
    })
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    const { side, title, signerName, signedAt, version } = this.facts
    return {
      subject: t(`opportunities.nda.emails.${side}_subject`, { title }),
      greeting: t('emails.greeting', { name: this.recipient.fullName }),
      paragraphs: [
        t(`opportunities.nda.emails.${side}_body`, { title, name: signerName, signedAt, version }),
      ],
      action: { label: t(`opportunities.nda.emails.${side}_action`), url: this.facts.url },
    }
  }
}
