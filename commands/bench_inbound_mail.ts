import { spawn } from 'node:child_process'
import { createServer, connect } from 'node:net'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Measures one inbound mail listener process (`node ace mail:listen`): how many replies per
 * second it takes over SMTP and lands on a deal (parse, attachment checks, Drive, the
 * timeline line, the response and stale clocks), sent by nodemailer over `--connections`
 * parallel connections. Every 10th reply carries a 100 KB PDF. Uses the first deal of the
 * database, restores it afterwards and removes what it wrote.
 * `node ace bench:inbound-mail --count 500 [--connections 4] [--json]`
 */
export default class BenchInboundMail extends BaseCommand {
  static commandName = 'bench:inbound-mail'
  static description = 'Measure inbound e-mails processed per second by one listener'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Replies to send', default: 500 })
  declare count: number

  @flags.number({ description: 'SMTP connections in parallel', default: 4 })
  declare connections: number

  @flags.boolean({ description: 'Print the result as JSON' })
  declare json: boolean

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: drive } = await import('@adonisjs/drive/services/main')
    const { default: nodemailer } = await import('nodemailer')
    const { dealReplyAddress } = await import('#services/reply_address')

    const deal = await db.from('deals').orderBy('id').first()
    if (!deal) {
      this.logger.error('No deal: seed the database first')
      this.exitCode = 1
      return
    }
    const introductions = await db
      .from('introductions')
      .where('deal_id', deal.id)
      .select('id', 'responded_at')
    const run = `bench-${Date.now().toString(36)}`
    const port = await freePort()
    const listener = spawn(process.execPath, ['ace', 'mail:listen', '--port', String(port)], {
      cwd: this.app.makePath(),
      env: process.env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: this.connections,
      maxMessages: Infinity,
    })
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100 * 1024, 32)])
    const quote = Array.from({ length: 40 }, (_, line) => `> earlier message, line ${line}`)

    try {
      await waitForPort(port, listener)
      const started = performance.now()
      let refused = 0
      const sends = Array.from({ length: this.count }, (_, index) =>
        transport
          .sendMail({
            from: 'Partner <partner@bench.example>',
            to: dealReplyAddress(deal.id),
            subject: `Re: Introduction (${index})`,
            messageId: `<${run}-${index}@bench.example>`,
            text: [
              `Thank you, we can meet next week (${index}).`,
              '',
              'On Mon, 7 Dec 2026 at 10:00, Most <hello@most.local> wrote:',
              ...quote,
            ].join('\n'),
            attachments:
              index % 10 === 0
                ? [{ filename: 'plan.pdf', content: pdf, contentType: 'application/pdf' }]
                : [],
          })
          .catch(() => refused++)
      )
      await Promise.all(sends)
      const seconds = (performance.now() - started) / 1000

      const [{ count: stored }] = await db
        .from('inbound_mails')
        .whereLike('message_id', `<${run}-%`)
        .count('* as count')
      const result = {
        mails: this.count,
        connections: this.connections,
        seconds: Math.round(seconds * 100) / 100,
        processedPerSecond: Math.round((this.count / seconds) * 10) / 10,
        stored: Number(stored),
        refused,
      }
      if (this.json) {
        console.log(JSON.stringify(result))
      } else {
        this.logger.info(
          `${result.mails} replies over ${result.connections} connections in ${result.seconds} s: ` +
            `${result.processedPerSecond} mails/s by one listener, ${result.stored} stored, ` +
            `${result.refused} refused`
        )
      }
    } finally {
      transport.close()
      listener.kill('SIGTERM')
      await new Promise((resolve) => listener.once('exit', resolve))
      const mails = await db.from('inbound_mails').whereLike('message_id', `<${run}-%`).select('id')
      const ids = mails.map((row) => row.id)
      const files = await db
        .from('inbound_mail_attachments')
        .whereIn('inbound_mail_id', ids)
        .whereNotNull('file_path')
        .select('file_path')
      for (const file of files) await drive.use().delete(file.file_path)
      await db
        .from('deal_activities')
        .whereIn(
          'dedupe_key',
          ids.map((id) => `inbound-mail:${id}`)
        )
        .delete()
      await db.from('inbound_mails').whereIn('id', ids).delete()
      await db
        .from('deals')
        .where('id', deal.id)
        .update({ last_reply_at: deal.last_reply_at, stale_since: deal.stale_since })
      for (const introduction of introductions) {
        await db
          .from('introductions')
          .where('id', introduction.id)
          .update({ responded_at: introduction.responded_at })
      }
    }
  }
}

async function freePort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Until the listener accepts connections (it boots the app first). */
async function waitForPort(port: number, child: ReturnType<typeof spawn>) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`listener exited with ${child.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('listener did not start')
}
