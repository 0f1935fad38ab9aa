import { TranslatedMail } from '#mails/translated_mail'

export default class MemberInvitationMail extends TranslatedMail {
  constructor(
    recipient: { email: string; fullName: string },
    locale: string,
    private details: { organisationName: string; inviterName: string; acceptUrl: string }
  ) {
    super(recipient, locale)
  }

  protected content() {
    const t = this.i18n.t.bind(this.i18n)
    return {
      subject: t('emails.invitation.subject', { organisation: this.details.organisationName }),
      greeting: t('emails.greeting_anonymous'),
      paragraphs: [
        t('emails.invitation.body', {
          inviter: this.details.inviterName,
          organisation: this.details.organisationName,
        }),
      ],
      action: { label: t('emails.invitation.action'), url: this.details.acceptUrl },
      footer: t('emails.invitation.footer'),
    }
  }
}
