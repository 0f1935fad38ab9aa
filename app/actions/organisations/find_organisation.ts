import Organisation from '#models/organisation'

/** One organisation by id, e.g. to authorise a change to it (404 when missing). */
export default class FindOrganisation {
  handle(id: number | string, { preload = [] }: { preload?: ('country' | 'municipality')[] } = {}) {
    const query = Organisation.query().where('id', id)
    for (const relation of preload) query.preload(relation)
    return query.firstOrFail()
  }
}
