import type { HttpContext } from '@adonisjs/core/http'
import { readFile } from 'node:fs/promises'
import CreateEvent from '#actions/community/events/create_event'
import ShowEvent from '#actions/community/events/staff/show_event'
import UpdateEvent from '#actions/community/events/update_event'
import ImportAttendees, {
  type ImportError,
  MAX_SHOWN_ERRORS,
  describeImportErrors,
} from '#actions/community/events/import_attendees'
import AddAttendee from '#actions/community/events/add_attendee'
import FindEvent from '#actions/community/events/find_event'
import ListEvents from '#actions/community/events/list_events'
import MarkAttendeeInterest from '#actions/community/events/mark_attendee_interest'
import EventTransformer from '#transformers/event_transformer'
import EventAttendeeTransformer from '#transformers/event_attendee_transformer'
import DealTransformer from '#transformers/deal_transformer'
import OpportunityTransformer from '#transformers/opportunity_transformer'
import ReferenceData from '#services/reference_data'
import {
  attendeeValidator,
  eventValidator,
  importAttendeesValidator,
  markInterestValidator,
} from '#validators/event'

/** Staff run events: the list, one event's attendees and credited deals, imports. */
export default class EventsController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('viewList')
    const events = await new ListEvents().handle()
    return inertia.render('community/events/staff/index', {
      events: EventTransformer.transform(events),
      countries: await ReferenceData.countries(),
    })
  }

  async store({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('manage')
    const data = await request.validateUsing(eventValidator)
    const event = await new CreateEvent().handle({ data, actor: auth.getUserOrFail() })
    session.flash('success', i18n.t('community.events.crm.created'))
    return response.redirect().toRoute('crm.events.show', { id: event.id })
  }

  async show({ params, inertia, bouncer, session }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('view')
    const page = await new ShowEvent().handle(Number(params.id))
    return inertia.render('community/events/staff/show', {
      event: EventTransformer.transform(page.event),
      attendees: EventAttendeeTransformer.transform(page.attendees),
      deals: DealTransformer.transform(page.deals).useVariant('forEvent'),
      listings: OpportunityTransformer.transform(page.listings).useVariant('forPicker'),
      importErrors: (session.flashMessages.get('importErrors') as ImportError[] | undefined) ?? [],
      countries: await ReferenceData.countries(),
    })
  }

  async update({ params, request, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('manage')
    const event = await new FindEvent().handle({ id: params.id })
    const data = await request.validateUsing(eventValidator)
    await new UpdateEvent().handle({ event, data })
    session.flash('success', i18n.t('community.events.crm.updated'))
    return response.redirect().toRoute('crm.events.show', { id: event.id })
  }

  async import({ params, request, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('manage')
    const event = await new FindEvent().handle({ id: params.id })
    const { file } = await request.validateUsing(importAttendeesValidator)
    const { errors, added, updated } = await new ImportAttendees().handle({
      event,
      csv: await readFile(file.tmpPath!, 'utf8'),
      messagesProvider: i18n.createMessagesProvider(),
    })
    if (errors.length) {
      const described = describeImportErrors(errors, (key, data) => i18n.t(key, data))
      if (request.accepts(['html', 'json']) === 'json') {
        return response.unprocessableEntity({ errors: described })
      }
      session.flash('importErrors', described.slice(0, MAX_SHOWN_ERRORS))
      session.flash('error', i18n.t('community.events.crm.import.failed', { count: errors.length }))
      return response.redirect().back()
    }
    session.flash('success', i18n.t('community.events.crm.import.done', { added, updated }))
    return response.redirect().toRoute('crm.events.show', { id: event.id })
  }

  async addAttendee({ params, request, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('manage')
    const event = await new FindEvent().handle({ id: params.id })
    const data = await request.validateUsing(attendeeValidator)
    await new AddAttendee().handle({ event, data })
    session.flash('success', i18n.t('community.events.crm.attendee_added'))
    return response.redirect().toRoute('crm.events.show', { id: event.id })
  }

  async markInterest({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('EventPolicy').authorize('manage')
    const { opportunityId } = await request.validateUsing(markInterestValidator)
    const deal = await new MarkAttendeeInterest().handle({
      eventId: Number(params.id),
      attendeeId: Number(params.attendeeId),
      opportunityId,
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('community.events.crm.interest_marked'))
    return response.redirect().toRoute('crm.deals.show', { id: deal.id })
  }
}
