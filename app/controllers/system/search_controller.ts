import type { HttpContext } from '@adonisjs/core/http'
import GlobalSearch from '#actions/system/global_search'
import { globalSearchValidator } from '#validators/search'

/** The staff's global search (Ctrl+K / ⌘K): deals, contacts, organisations and listings. */
export default class SearchController {
  async index({ request, response }: HttpContext) {
    const { q } = await request.validateUsing(globalSearchValidator)
    return response.json({ results: q ? await new GlobalSearch().handle({ q }) : [] })
  }
}
