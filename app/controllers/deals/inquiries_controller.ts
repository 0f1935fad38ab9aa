import type { HttpContext } from '@adonisjs/core/http'
import SubmitInquiry from '#actions/deals/contacts/submit_inquiry'
import { inquiryValidator } from '#validators/inquiry'

/** The public inquiry form of the Niš diaspora office (anonymous or logged in). */
export default class InquiriesController {
  async create({ auth, inertia, i18n }: HttpContext) {
    const user = auth.user
    return inertia.render('deals/inquiry/create', {
      prefill: {
        fullName: user?.fullName ?? '',
        email: user?.email ?? '',
        locale: user?.locale ?? i18n.locale,
      },
    })
  }

  async store({ request, response, session, i18n }: HttpContext) {
    const data = await request.validateUsing(inquiryValidator)
    await new SubmitInquiry().handle({ data })
    session.flash('success', i18n.t('deals.inquiry.sent'))
    return response.redirect().toRoute('inquiry.thanks')
  }

  async thanks({ inertia }: HttpContext) {
    return inertia.render('deals/inquiry/thanks', {})
  }
}
