import type InboundMail from '#models/inbound_mail'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A received e-mail as staff see it: text only (mail HTML is never kept), the sender's
 * words and, on its own page, the folded quote and the attachments. Drive paths stay inside.
 */
export default class InboundMailTransformer extends BaseTransformer<InboundMail> {
  toObject() {
    const mail = this.resource
    return {
      ...this.pick(mail, [
        'id',
        'status',
        'unmatchedReason',
        'source',
        'recipient',
        'fromAddress',
        'fromName',
        'subject',
        'receivedAt',
        'filedAt',
      ]),
      preview: mail.body.slice(0, 200),
      deal: mail.deal ? { id: mail.deal.id, title: mail.deal.title } : null,
      contact: mail.contact ? { id: mail.contact.id, fullName: mail.contact.fullName } : null,
    }
  }

  /** The mail's own page. */
  forPage() {
    const mail = this.resource
    return {
      ...this.toObject(),
      body: mail.body,
      quoted: mail.quoted,
      filedByName: mail.filedBy?.fullName ?? null,
      attachments: (mail.attachments ?? []).map((attachment) => ({
        id: attachment.id,
        name: attachment.name,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        kept: attachment.isKept,
        refused: attachment.refused,
      })),
    }
  }
}
