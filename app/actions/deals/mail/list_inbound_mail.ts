import InboundMail from '#models/inbound_mail'
import type { InboundMailStatus } from '#enums/inbound_mail'

/**
 * Received mail for the staff page, newest first: by default what waits to be filed
 * ("unmatched"), with how many of each status there are.
 */
export default class ListInboundMail {
  async handle({
    status = 'unmatched',
    page = 1,
    perPage = 50,
  }: {
    status?: InboundMailStatus
    page?: number
    perPage?: number
  }) {
    const mails = await InboundMail.query()
      .where('status', status)
      .preload('deal')
      .preload('contact')
      .orderBy('receivedAt', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
    const rows = await InboundMail.query().groupBy('status').select('status').count('* as total')
    const counts = Object.fromEntries(
      rows.map((row) => [row.status, Number(row.$extras.total)])
    ) as Partial<Record<InboundMailStatus, number>>
    return { mails, counts }
  }
}
