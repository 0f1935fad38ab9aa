import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type { I18n } from '@adonisjs/i18n'

export interface MailContent {
  greeting: string
  paragraphs: string[]
  action?: { label: string; url: string }
  footer?: string
}

/**
 * Base for every e-mail Most sends: subject and body are translated into the
 * recipient's language and rendered with one shared, plain layout.
 */
export abstract class TranslatedMail extends BaseMail {
  protected i18n: I18n

  constructor(
    protected recipient: { email: string; fullName: string },
    locale: string
  ) {
    super()
    this.i18n = i18nManager.locale(locale)
  }

  protected abstract content(): { subject: string } & MailContent

  prepare() {
    const { subject, ...content } = this.content()
    this.message.to(this.recipient.email, this.recipient.fullName).subject(subject)
    this.message.htmlView('emails/message', {
      ...content,
      lang: this.i18n.locale,
      signature: this.i18n.t('emails.signature'),
    })
    this.message.text(
      [content.greeting, ...content.paragraphs, content.action?.url, content.footer]
        .filter(Boolean)
        .join('\n\n')
    )
  }
}
