import type { HttpContext } from '@adonisjs/core/http'
import ListSavedSearches from '#actions/investors/alerts/list_saved_searches'
import FindSavedSearch from '#actions/investors/alerts/find_saved_search'
import DeleteSavedSearch from '#actions/investors/alerts/delete_saved_search'
import SavedSearchTransformer from '#transformers/saved_search_transformer'
import SaveSearch, { storedFilters } from '#actions/investors/alerts/save_search'
import UpdateSavedSearch from '#actions/investors/alerts/update_saved_search'
import {
  filterInput,
  savedSearchUpdateValidator,
  savedSearchValidator,
} from '#validators/saved_search'
import { opportunitySearchValidator } from '#validators/opportunity'
import { fieldError } from '#exceptions/field_error'
import { alertFrequencies } from '#enums/matching'
import ReferenceData from '#services/reference_data'

/** The investor's saved searches: save one from the browse page, rename, change e-mail, delete. */
export default class SavedSearchesController {
  async index({ auth, inertia }: HttpContext) {
    const searches = await new ListSavedSearches().handle(auth.getUserOrFail().id)
    return inertia.render('investors/searches', {
      searches: SavedSearchTransformer.transform(searches),
      frequencies: [...alertFrequencies],
      sectors: await ReferenceData.sectors(),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const { name, frequency, filters } = await request.validateUsing(savedSearchValidator)
    // The same rules as the browse page itself, so a saved search is always a valid search.
    const search = await opportunitySearchValidator.validate(filterInput(filters))
    if (!Object.keys(storedFilters(search)).length) {
      throw fieldError('name', i18n.t('investors.matching.searches.no_filters'), 'filters')
    }
    await new SaveSearch().handle({
      investor: auth.getUserOrFail(),
      data: { name, frequency, filters: search },
    })
    session.flash('success', i18n.t('investors.matching.searches.saved'))
    return response.redirect().back()
  }

  async update({ params, request, bouncer, response, session, i18n }: HttpContext) {
    const search = await new FindSavedSearch().handle(params.id)
    await bouncer.with('SavedSearchPolicy').authorize('manage', search)
    const data = await request.validateUsing(savedSearchUpdateValidator)
    await new UpdateSavedSearch().handle({ search, data })
    session.flash('success', i18n.t('investors.matching.searches.updated'))
    return response.redirect().back()
  }

  async destroy({ params, bouncer, response, session, i18n }: HttpContext) {
    const search = await new FindSavedSearch().handle(params.id)
    await bouncer.with('SavedSearchPolicy').authorize('manage', search)
    await new DeleteSavedSearch().handle(search)
    session.flash('success', i18n.t('investors.matching.searches.deleted'))
    return response.redirect().back()
  }
}
