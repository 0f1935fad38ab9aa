import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type { I18n } from '@adonisjs/i18n'

export interface MailContent {
  greeting: string
  paragraphs: string[]
  action?: { label: string; url: string }
  /** A list of links (the weekly digest's listings), each with a line of explanation. */
  items?: { title: string; url: string; note?: string | null }[]
  footer?: string
  /** One-click unsubscribe: a link in the footer and the List-Unsubscribe headers. */
  unsubscribe?: { label: string; url: string }
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
    if (content.unsubscribe) {
      // RFC 8058: mail clients offer their own button and POST to the same signed link.
      this.message.header('List-Unsubscribe', `<${content.unsubscribe.url}>`)
      this.message.header('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    }
    this.message.htmlView('emails/message', {
      ...content,
      lang: this.i18n.locale,
      signature: this.i18n.t('emails.signature'),
    })
    this.message.text(
      [
        content.greeting,
        ...content.paragraphs,
        ...(content.items ?? []).map((item) =>
          [item.title, item.note, item.url].filter(Boolean).join('\n')
        ),
        content.action?.url,
        content.footer,
        content.unsubscribe && `${content.unsubscribe.label}: ${content.unsubscribe.url}`,
      ]
        .filter(Boolean)
        .join('\n\n')
    )
  }
}
