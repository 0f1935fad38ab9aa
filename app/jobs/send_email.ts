import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import { mailBuilders, type MailBuilder, type MailName } from '#mails/registry'
import { mailKeyTaken, sendMailOnce } from '#services/mail_batch'
import { mailSecretPurpose, outboxRowId } from '#services/outbox'
import type { JobHandler, SendEmailPayload } from '#jobs/payloads'

export type { SendEmailPayload } from '#jobs/payloads'

/**
 * Builds one e-mail from ids and sends it at most once per key (see deliverMails). In the
 * worker, concurrent e-mail jobs share their key lookups and their claim-send-record
 * transaction (see #services/mail_batch).
 */
export default class SendEmail implements JobHandler<SendEmailPayload> {
  async handle(
    { mail, args, key, dealId, sealedSecret }: SendEmailPayload,
    context: { jobId?: string } = {}
  ) {
    // Already out (a retry, or the outbox row run again): nothing to build. The claim
    // still guards the race between two runs that both get past this check.
    if (await mailKeyTaken(key)) {
      return { sent: false, reason: 'already sent' }
    }
    let secret: string | undefined
    if (sealedSecret) {
      secret = encryption.decrypt<string>(sealedSecret, mailSecretPurpose(key)) ?? undefined
      // Expired together with the link it carries: an e-mail now would hold a dead link.
      if (!secret) {
        await this.forgetSecret(context.jobId)
        return { sent: false, reason: 'expired' }
      }
    }
    const build = mailBuilders[mail as MailName] as MailBuilder
    const message = await build(args, { secret })
    // The builder found nothing left to say (the link was used or replaced meanwhile).
    if (!message) {
      await this.forgetSecret(context.jobId)
      return { sent: false, reason: 'obsolete' }
    }
    const response = await sendMailOnce({ message, key, dealId })
    if (sealedSecret) await this.forgetSecret(context.jobId)
    return { sent: response !== null }
  }

  /** Once the e-mail is out (or pointless), the outbox keeps no token, not even sealed. */
  private async forgetSecret(jobId: string | undefined) {
    const rowId = outboxRowId(jobId)
    if (!rowId) return
    await db
      .from('outbox_messages')
      .where('id', rowId)
      .update({ payload: db.raw(`payload - 'sealedSecret'`) })
  }
}
