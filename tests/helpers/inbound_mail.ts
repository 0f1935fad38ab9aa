import type { AddressInfo } from 'node:net'
import nodemailer from 'nodemailer'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type Mail from 'nodemailer/lib/mailer/index.js'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import StartIntroduction from '#actions/deals/introductions/start_introduction'
import { createInboundSmtpServer } from '#services/inbound_smtp_server'
import { drainOutbox } from '#tests/helpers/outbox'
import { dealFromSnezanasInterest } from '#tests/helpers/deals'

/**
 * The inbound SMTP listener as `node ace mail:listen` runs it, on a free port of this test
 * process (so it sees the test's database transaction), and a nodemailer client for it.
 */
export async function startInboundListener() {
  const server = createInboundSmtpServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  })
  return {
    port,
    send: (message: Mail.Options) => transport.sendMail(message),
    async close() {
      transport.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** What a nodemailer send was refused with, or null when it was accepted. */
export async function refusal(sending: Promise<unknown>) {
  try {
    await sending
    return null
  } catch (error) {
    return error as Error & { responseCode?: number; response?: string }
  }
}

/** A message as raw MIME (RFC 5322 bytes), built the way a mail program would. */
export async function rawMessage(message: Mail.Options) {
  return new MailComposer(message).compile().build()
}

/** The smallest file that `file-type` calls a PDF. */
export const pdfBytes = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
)

/** The first bytes of a Windows program ("MZ" header and DOS stub). */
export const exeBytes = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.from('This program cannot be run in DOS mode.'),
])

/** A deal with an open introduction to the listing's partner, asked five hours ago. */
export async function dealWithOpenIntroduction() {
  const { staff, investor, organisation, opportunity, deal } = await dealFromSnezanasInterest(
    { titleEn: 'Cold storage in Pirot' },
    {
      amountMinEur: 200_000,
      amountMaxEur: 400_000,
      message: 'I run a logistics firm in Munich.',
      contactChannel: 'email',
      contactLanguage: 'sr',
      consentToShareContact: true,
    }
  )
  const introduction = await new StartIntroduction().handle({ deal, actor: staff })
  await drainOutbox()
  await db
    .from('introductions')
    .where('id', introduction.id)
    .update({ requested_at: DateTime.now().minus({ hours: 5 }).toJSDate() })
  return { staff, investor, organisation, opportunity, deal, introduction }
}

/** A partner's reply as their mail program writes it: new words on top, the request quoted. */
export const partnerReply = (from: string, to: string): Mail.Options => ({
  from: `Partner <${from}>`,
  to,
  subject: 'Re: Investitor iz dijaspore želi da vas upozna',
  text: [
    'Rado ćemo se sastati sledeće nedelje.',
    'Šaljem plan objekta.',
    '',
    'On Mon, 7 Dec 2026 at 10:00, Most <hello@most.local> wrote:',
    '> Investitor iz dijaspore želi da vas upozna.',
    '> Snežana',
  ].join('\n'),
  attachments: [{ filename: 'plan.pdf', content: pdfBytes, contentType: 'application/pdf' }],
})
