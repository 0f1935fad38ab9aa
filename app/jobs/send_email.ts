import { mailBuilders, type MailName } from '#mails/registry'
import { deliverMail } from '#services/mailer'
import type { JobHandler } from '#jobs/registry'

export interface SendEmailPayload {
  mail: MailName
  args: Record<string, unknown>
  /** Exactly-once key: the same key never sends twice. */
  key: string
  dealId?: number | null
}

/** Builds one e-mail from ids and sends it at most once per key (see deliverMail). */
export default class SendEmail implements JobHandler<SendEmailPayload> {
  async handle({ mail, args, key, dealId }: SendEmailPayload) {
    const build = mailBuilders[mail] as (
      args: Record<string, unknown>
    ) => ReturnType<(typeof mailBuilders)[MailName]>
    const message = await build(args)
    const response = await deliverMail(message, { key, dealId })
    return { sent: response !== null }
  }
}
