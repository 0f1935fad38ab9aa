import type { AddressInfo } from 'node:net'
import nodemailer from 'nodemailer'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type Mail from 'nodemailer/lib/mailer/index.js'
import { createInboundSmtpServer } from '#services/inbound_smtp_server'

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
    // One connection per message, as separate mail servers would deliver replies.
    pool: false,
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
