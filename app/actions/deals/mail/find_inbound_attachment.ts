import InboundMailAttachment from '#models/inbound_mail_attachment'

/** A kept attachment of a received mail (a refused one has no file to give). */
export default class FindInboundAttachment {
  async handle(id: number) {
    return InboundMailAttachment.query().where('id', id).whereNotNull('filePath').firstOrFail()
  }
}
