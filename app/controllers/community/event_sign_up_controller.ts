import type { HttpContext } from '@adonisjs/core/http'
import FindEvent from '#actions/community/events/find_event'
import PrefillEventSignUp from '#actions/community/events/prefill_event_sign_up'
import SignUpForEvent from '#actions/community/events/sign_up_for_event'
import EventTransformer from '#transformers/event_transformer'
import { eventSignUpValidator } from '#validators/event'

/** An event's public page with its sign-up form (anyone, no account needed). */
export default class EventSignUpController {
  async show({ params, inertia, auth, i18n, session }: HttpContext) {
    const event = await new FindEvent().handle({ slug: params.slug }, { withCountry: true })
    return inertia.render('community/events/show', {
      event: EventTransformer.transform(event),
      signedUp: Boolean(session.flashMessages.get('signedUp')),
      prefill: new PrefillEventSignUp().handle({ user: auth.user, locale: i18n.locale }),
    })
  }

  async store({ params, request, response, session, i18n }: HttpContext) {
    const event = await new FindEvent().handle({ slug: params.slug })
    // A closed list is not a form anyone can post to.
    if (!event.signupOpen) return response.notFound()
    const data = await request.validateUsing(eventSignUpValidator)
    await new SignUpForEvent().handle({ event, data })
    session.flash('success', i18n.t('community.events.signed_up', { name: event.name }))
    session.flash('signedUp', true)
    return response.redirect().toRoute('events.show', { slug: event.slug })
  }
}
