import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import ReceiveInboundMail from '#actions/deals/mail/receive_inbound_mail'
import { InboundMailRefused } from '#exceptions/inbound_mail_refused'
import { inboundMailConfig } from '#config/inbound_mail'
import { verifyInboundMailSignature } from '#services/inbound_mail_signature'
import { RawBodyTooLarge, readRawBody } from '#services/raw_body'

/**
 * POST /webhooks/inbound-mail: raw MIME from a mail provider that forwards inbound mail,
 * signed with INBOUND_MAIL_SECRET (app/services/inbound_mail_signature.ts). The same
 * action as the SMTP listener decides; 413 over the size limit, 401 on a bad signature,
 * 422 for a refused mail (a program attached, not a message), 202 with what was stored.
 */
export default class InboundMailWebhookController {
  async handle({ request, response }: HttpContext) {
    const secret = inboundMailConfig.webhookSecret
    if (!secret) return response.notFound({ error: 'inbound mail over HTTP is not configured' })

    let raw: Buffer
    try {
      raw = await readRawBody(request.request, inboundMailConfig.maxBytes)
    } catch (error) {
      if (!(error instanceof RawBodyTooLarge)) throw error
      return response.status(413).json({ error: 'too_large' })
    }
    const recipients = request.header('x-most-recipients') ?? ''
    const signed = verifyInboundMailSignature(secret, {
      timestamp: request.header('x-most-timestamp'),
      recipients,
      signature: request.header('x-most-signature'),
      body: raw,
      toleranceSeconds: inboundMailConfig.webhookToleranceSeconds,
    })
    if (!signed) {
      logger.warn('inbound mail webhook refused: bad or missing signature')
      return response.unauthorized({ error: 'bad_signature' })
    }

    try {
      const mails = await new ReceiveInboundMail().handle({
        raw,
        recipients: recipients.split(',').filter((address) => address.trim()),
        source: 'http',
      })
      return response.accepted({
        received: mails.map((mail) => ({ id: mail.id, status: mail.status })),
      })
    } catch (error) {
      if (!(error instanceof InboundMailRefused)) throw error
      return response.status(error.httpStatus).json({ error: error.reason, message: error.message })
    }
  }
}
