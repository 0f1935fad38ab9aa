import db from '@adonisjs/lucid/services/db'
import Organisation from '#models/organisation'
import type { DirectoryFilters } from '#validators/directory'

export const DIRECTORY_PAGE_SIZE = 60

/**
 * The public directory: approved organisations (partners and the diaspora actors staff
 * add) filtered by country code, municipality slug and kind, by country then name.
 */
export default class SearchDirectory {
  async handle(filters: DirectoryFilters) {
    const query = Organisation.query()
      .withScopes((scopes) => scopes.approved())
      .join('countries', 'countries.id', 'organisations.country_id')
      .select('organisations.*')
      .preload('country')
      .preload('municipality')
      .orderByRaw("countries.code = 'RS' DESC")
      .orderBy('countries.name_en')
      .orderBy('organisations.name')
    if (filters.country) query.where('countries.code', filters.country)
    if (filters.municipality) {
      query.whereIn(
        'organisations.municipality_id',
        db.from('municipalities').select('id').where('slug', filters.municipality)
      )
    }
    if (filters.kind) query.where('organisations.kind', filters.kind)
    return query.paginate(filters.page ?? 1, DIRECTORY_PAGE_SIZE)
  }
}
