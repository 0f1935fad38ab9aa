import type { HttpContext } from '@adonisjs/core/http'
import FindDeal from '#actions/deals/find_deal'
import RecordDealImpact from '#actions/deals/aftercare/record_deal_impact'
import LogAftercareCheckIn from '#actions/deals/aftercare/log_aftercare_check_in'
import { aftercareCheckInValidator, dealImpactValidator } from '#validators/event'

/** A won deal's impact (investment, jobs, a returnee) and its aftercare check-ins. */
export default class DealAftercareController {
  async impact({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
    await bouncer.with('AftercarePolicy').authorize('record', deal)
    const data = await request.validateUsing(dealImpactValidator)
    await new RecordDealImpact().handle({ deal, data, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('community.events.impact.saved'))
    return response.redirect().toRoute('crm.deals.show', { id: deal.id })
  }

  async checkIn({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    const deal = await new FindDeal().handle(params.id)
    await bouncer.with('AftercarePolicy').authorize('record', deal)
    const { body } = await request.validateUsing(aftercareCheckInValidator)
    await new LogAftercareCheckIn().handle({ deal, body, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('community.events.impact.check_in_saved'))
    return response.redirect().toRoute('crm.deals.show', { id: deal.id })
  }
}
