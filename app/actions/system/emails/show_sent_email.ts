import SentEmail from '#models/sent_email'

/** One recorded e-mail, in full. */
export default class ShowSentEmail {
  async handle(id: number) {
    return SentEmail.query().where('id', id).whereNot('toAddress', '(sending)').firstOrFail()
  }
}
