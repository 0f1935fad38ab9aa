import Deal from '#models/deal'

/** A deal by id, with its stage (policies and the aftercare rules read it); a 404 when missing. */
export default class FindDeal {
  async handle(id: number) {
    return Deal.query().where('id', id).preload('stage').firstOrFail()
  }
}
