import SentEmail from '#models/sent_email'

/**
 * Every message the app sent (or, without SMTP, only recorded), newest first; `to`
 * narrows to one recipient's address (part of it, any case).
 */
export default class ListSentEmails {
  async handle({ to, page = 1, perPage = 50 }: { to?: string; page?: number; perPage?: number }) {
    const query = SentEmail.query().whereNot('toAddress', '(sending)').orderBy('id', 'desc')
    if (to) query.whereILike('toAddress', `%${to.replace(/[\\%_]/g, (char) => `\\${char}`)}%`)
    return query.paginate(page, perPage)
  }
}
