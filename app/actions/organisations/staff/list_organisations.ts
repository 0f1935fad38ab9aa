import db from '@adonisjs/lucid/services/db'
import Organisation from '#models/organisation'
import Municipality from '#models/municipality'
import Country from '#models/country'
import { responseTimes } from '#actions/deals/introductions/response_times'
import { organisationFigures } from '#actions/organisations/organisation_figures'
import type { OrganisationKind, OrganisationStatus } from '#enums/organisation'

export const ORGANISATIONS_PER_PAGE = 25

export interface CrmOrganisationFilters {
  q?: string
  kind?: OrganisationKind
  status?: OrganisationStatus
  /** A municipality slug. */
  municipality?: string
  /** An ISO country code. */
  country?: string
  page?: number
}

/**
 * The CRM's partner organisations, one page at a time, each with its published
 * listings, open and won deals and how fast it answers introductions.
 */
export default class ListOrganisations {
  async handle(filters: CrmOrganisationFilters) {
    const query = Organisation.query()
      .preload('country')
      .preload('municipality')
      .orderBy('name')
      .orderBy('id')
    if (filters.q) {
      query.whereILike('name', `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    }
    if (filters.kind) query.where('kind', filters.kind)
    if (filters.status) query.where('status', filters.status)
    if (filters.municipality) {
      query.whereIn(
        'municipalityId',
        db.from('municipalities').where('slug', filters.municipality).select('id')
      )
    }
    if (filters.country) {
      query.whereIn('countryId', db.from('countries').where('code', filters.country).select('id'))
    }
    const page = await query.paginate(filters.page ?? 1, ORGANISATIONS_PER_PAGE)
    const organisations = page.all()
    const ids = organisations.map((organisation) => organisation.id)
    return {
      organisations,
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      figures: await organisationFigures(ids),
      // The median answer time is the public page's own figure, for this page's rows only.
      responseTimes: await responseTimes(ids),
      // Filter choices: only places that have an organisation.
      municipalities: await Municipality.query()
        .whereIn(
          'id',
          db.from('organisations').whereNotNull('municipality_id').select('municipality_id')
        )
        .orderBy('nameSrLatn'),
      countries: await Country.query()
        .whereIn('id', db.from('organisations').select('country_id'))
        .orderBy('nameEn'),
    }
  }
}
