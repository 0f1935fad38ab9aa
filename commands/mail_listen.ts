import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The inbound mail process: `node ace mail:listen`. An SMTP server for the inbound domain
 * (INBOUND_SMTP_HOST:INBOUND_SMTP_PORT) that files replies on their deals. Runs apart from
 * the web server and the worker (`npm start` starts all three). On SIGTERM it takes no new
 * connection, lets the messages in hand finish, closes PostgreSQL and exits 0.
 */
export default class MailListen extends BaseCommand {
  static commandName = 'mail:listen'
  static description = 'Receive replies by e-mail (inbound SMTP listener)'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  @flags.number({ description: 'Port (default INBOUND_SMTP_PORT, 2525)' })
  declare port?: number

  @flags.string({ description: 'Interface (default INBOUND_SMTP_HOST, 127.0.0.1)' })
  declare host?: string

  async run() {
    const { inboundMailConfig } = await import('#config/inbound_mail')
    const { createInboundSmtpServer } = await import('#services/inbound_smtp_server')
    const port = this.port ?? inboundMailConfig.smtp.port
    const host = this.host ?? inboundMailConfig.smtp.host
    const server = createInboundSmtpServer()
    server.on('error', (error) => this.logger.error(`inbound SMTP: ${error.message}`))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve())
    })

    this.app.terminating(async () => {
      this.logger.info('Inbound mail stopping: no new connections')
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })
    this.logger.info(
      `Inbound mail for @${inboundMailConfig.domain} on ${host}:${port} (at most ${inboundMailConfig.maxBytes} bytes)`
    )
  }
}
