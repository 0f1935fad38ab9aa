import Import from '#models/import'

/** One import by id (404 when missing), with its organisation. */
export default class FindImport {
  handle(id: number | string) {
    return Import.query().where('id', id).preload('organisation').firstOrFail()
  }
}
