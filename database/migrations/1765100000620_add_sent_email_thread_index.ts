import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The thread of a deal's e-mails to one recipient (threadMails: In-Reply-To and References
 * of every e-mail about a deal), newest first, read from the index instead of every e-mail
 * the deal ever sent: the worker asks it for each batch of e-mails.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(
      'CREATE INDEX sent_emails_thread ON sent_emails (deal_id, lower(to_address), id DESC) WHERE message_id IS NOT NULL'
    )
  }

  async down() {
    this.schema.raw('DROP INDEX IF EXISTS sent_emails_thread')
  }
}
