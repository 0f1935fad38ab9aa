import { BaseSeeder } from '@adonisjs/lucid/seeders'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Country from '#models/country'
import Event from '#models/event'
import User from '#models/user'
import RegisterAttendee from '#actions/community/events/register_attendee'
import Deal from '#models/deal'
import PipelineStage from '#models/pipeline_stage'
import MoveDeal from '#actions/deals/move_deal'
import RecordDealImpact from '#actions/deals/aftercare/record_deal_impact'

const events = [
  {
    slug: 'dani-dijaspore-bec-2026',
    name: 'Dani dijaspore — Beč',
    city: 'Beč',
    country: 'AT',
    daysFromNow: -40,
    signupOpen: false,
    description:
      'Susret investitora iz dijaspore sa kancelarijama za LER Niša, Kragujevca i Čačka: projekti, podsticaji, povratak.',
    attendees: [
      {
        email: 'snezana@investor.most.demo',
        countryOfResidence: 'Austrija',
        placeOfBirth: 'Kragujevac',
      },
      {
        fullName: 'Marija Kostić',
        email: 'marija.kostic@example.at',
        countryOfResidence: 'Austrija',
        placeOfBirth: 'Niš',
      },
      {
        fullName: 'Dragan Ilić',
        email: 'dragan.ilic@example.at',
        countryOfResidence: 'Austrija',
        placeOfBirth: 'Leskovac',
      },
    ],
  },
  {
    slug: 'roadshow-zurich-2027',
    name: 'Most roadshow — Zürich',
    city: 'Zürich',
    country: 'CH',
    daysFromNow: 45,
    signupOpen: true,
    description:
      'An evening with projects from the south of Serbia looking for investors and partners from the diaspora in Switzerland.',
    attendees: [
      {
        email: 'dusan@investor.most.demo',
        countryOfResidence: 'Switzerland',
        placeOfBirth: 'Čačak',
      },
    ],
  },
]

/** Two demo events: a past one in Vienna (with attendees and the deals they brought) and an upcoming Zurich roadshow open for sign-up. */
export default class DemoEventsSeeder extends BaseSeeder {
  async run() {
    const staff = await User.query().whereIn('role', ['staff', 'admin']).orderBy('id').firstOrFail()
    for (const data of events) {
      if (await Event.findBy('slug', data.slug)) continue
      const country = await Country.findByOrFail('code', data.country)
      const event = await Event.create({
        slug: data.slug,
        name: data.name,
        city: data.city,
        countryId: country.id,
        startsOn: DateTime.now().plus({ days: data.daysFromNow }).startOf('day'),
        description: data.description,
        signupOpen: data.signupOpen,
        createdById: staff.id,
      })
      await db.transaction(async (trx) => {
        for (const attendee of data.attendees) {
          const user = await User.findBy('email', attendee.email, { client: trx })
          const { contact } = await new RegisterAttendee().handle({
            event,
            data: { ...attendee, fullName: user?.fullName ?? attendee.fullName ?? attendee.email },
            source: 'import',
            trx,
          })
          // Deals the attendees opened after the event came from it.
          if (data.daysFromNow < 0) {
            await trx
              .from('deals')
              .where('contact_id', contact.id)
              .whereNull('source_event_id')
              .where('created_at', '>=', event.startsOn.toJSDate())
              .update({ source_event_id: event.id })
          }
        }
      })
    }
    await this.winOneDeal(staff)
  }

  /** One deal from the Vienna event was won, with its impact recorded, so the impact report has a row. */
  private async winOneDeal(staff: User) {
    const vienna = await Event.findByOrFail('slug', 'dani-dijaspore-bec-2026')
    const deal = await Deal.query()
      .where('sourceEventId', vienna.id)
      .whereNull('closedAt')
      .orderBy('id')
      .first()
    if (!deal) return
    const won = await PipelineStage.query()
      .where({ pipelineId: deal.pipelineId, kind: 'won' })
      .firstOrFail()
    await new MoveDeal().handle({
      dealId: deal.id,
      stageId: won.id,
      lockVersion: deal.lockVersion,
      actor: staff,
    })
    await deal.refresh()
    await new RecordDealImpact().handle({
      deal,
      data: { investedEur: 350_000, jobsCreated: 8, investorReturned: false },
      actor: staff,
    })
  }
}
