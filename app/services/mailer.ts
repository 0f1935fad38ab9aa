import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import SentEmail from '#models/sent_email'

type Recipient = string | { address: string; name?: string }

/**
 * Sends an e-mail and records a copy in sent_emails, whatever the transport,
 * so the offline demo, staff and tests can read exactly what went out.
 */
export async function deliverMail(message: BaseMail) {
  const response = await mail.send(message)
  const sent = message.message.toJSON().message
  const recipients = (sent.to ?? []) as Recipient[]
  await SentEmail.createMany(
    recipients.map((recipient) => ({
      toAddress: typeof recipient === 'string' ? recipient : recipient.address,
      subject: String(sent.subject ?? ''),
      html: typeof sent.html === 'string' ? sent.html : null,
      text: typeof sent.text === 'string' ? sent.text : null,
      mailer: mail.config.default as string,
      messageId: response?.messageId ?? null,
    }))
  )
  return response
}
