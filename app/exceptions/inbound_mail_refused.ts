/**
 * A received e-mail Most will not take, with the reason the sender is told (SMTP reply or
 * HTTP status). Nothing of a refused mail is stored.
 */
export type InboundRefusal = 'too_large' | 'executable' | 'unreadable'

const answers: Record<InboundRefusal, { smtp: number; http: number; text: string }> = {
  too_large: { smtp: 552, http: 413, text: '5.3.4 Message too large' },
  executable: {
    smtp: 550,
    http: 422,
    text: '5.7.1 Program files are not accepted as attachments',
  },
  unreadable: { smtp: 554, http: 422, text: '5.6.0 The message could not be read' },
}

export class InboundMailRefused extends Error {
  readonly smtpCode: number
  readonly httpStatus: number

  constructor(
    readonly reason: InboundRefusal,
    detail?: string
  ) {
    const answer = answers[reason]
    // The detail (a file name) is the sender's: printable ASCII only, in an SMTP reply line.
    const safe = detail?.replace(/[^\x20-\x7e]/g, '?').slice(0, 80)
    super(safe ? `${answer.text}: ${safe}` : answer.text)
    this.smtpCode = answer.smtp
    this.httpStatus = answer.http
  }
}
