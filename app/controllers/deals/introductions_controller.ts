import type { HttpContext } from '@adonisjs/core/http'
import FindDeal from '#actions/deals/find_deal'
import StartIntroduction from '#actions/deals/introductions/start_introduction'

/** Staff start an introduction between a deal's investor and the listing's partner. */
export default class IntroductionsController {
  async store({ params, auth, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
    const introduction = await new StartIntroduction().handle({ deal, actor: auth.getUserOrFail() })
    session.flash(
      'success',
      i18n.t('deals.introduction.requested', { name: introduction.contactName })
    )
    return response.redirect().back()
  }
}
