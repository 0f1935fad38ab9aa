import { readFileSync } from 'node:fs'
import { SMTPServer } from 'smtp-server'
import logger from '@adonisjs/core/services/logger'
import ReceiveInboundMail from '#actions/deals/mail/receive_inbound_mail'
import { InboundMailRefused } from '#exceptions/inbound_mail_refused'
import { inboundMailConfig } from '#config/inbound_mail'
import { isInboundAddress } from '#services/reply_address'

/**
 * The inbound SMTP listener (`node ace mail:listen`; the tests start the same server): takes
 * mail for the inbound domain only (no relay, no AUTH), refuses a message over the size limit
 * with 552, and answers 250 only once ReceiveInboundMail has stored it — a sender that got
 * no 250 tries again, and a redelivery stores nothing twice.
 */
export function createInboundSmtpServer(options: { maxBytes?: number } = {}) {
  const maxBytes = options.maxBytes ?? inboundMailConfig.maxBytes
  const { tlsKeyPath, tlsCertPath, maxClients, maxRecipients } = inboundMailConfig.smtp
  const tls =
    tlsKeyPath && tlsCertPath
      ? { key: readFileSync(tlsKeyPath), cert: readFileSync(tlsCertPath) }
      : null
  const receive = new ReceiveInboundMail()

  return new SMTPServer({
    name: inboundMailConfig.domain,
    banner: 'Most inbound mail',
    size: maxBytes,
    rejectOversized: true,
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(tls ?? {}),
    maxClients,
    logger: false,

    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= maxRecipients) {
        return callback(smtpError(452, '4.5.3 Too many recipients'))
      }
      if (!isInboundAddress(address.address)) {
        return callback(smtpError(550, '5.7.1 Relay denied: no such mailbox here'))
      }
      callback()
    },

    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      let length = 0
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length
        // Past the limit the rest is only counted: the answer will be 552.
        if (length <= maxBytes) chunks.push(chunk)
      })
      stream.on('end', () => {
        if (stream.sizeExceeded || length > maxBytes) {
          return callback(smtpError(552, '5.3.4 Message too large'))
        }
        receive
          .handle({
            raw: Buffer.concat(chunks, length),
            recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            source: 'smtp',
          })
          .then((mails) => callback(null, `2.0.0 Stored (${mails.length})`))
          .catch((error) => {
            if (error instanceof InboundMailRefused) {
              return callback(smtpError(error.smtpCode, error.message))
            }
            logger.error({ err: error }, 'inbound mail not stored')
            // 4xx: the sending server keeps the message and tries again later.
            callback(smtpError(451, '4.3.0 Temporary failure, please try again later'))
          })
      })
    },
  })
}

function smtpError(code: number, message: string) {
  return Object.assign(new Error(message), { responseCode: code })
}
