import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'
import Country from '#models/country'
import Deal from '#models/deal'
import Event from '#models/event'
import EventAttendee from '#models/event_attendee'
import SentEmail from '#models/sent_email'
import CreateEvent from '#actions/community/events/create_event'
import RegisterAttendee from '#actions/community/events/register_attendee'
import ImportAttendees from '#actions/community/events/import_attendees'
import SubmitInquiry from '#actions/deals/contacts/submit_inquiry'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import SendEventFollowUpJob from '#jobs/send_event_follow_up'
import Interest from '#models/interest'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { countRows } from '#tests/helpers/database'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { parseCsv } from '#services/csv'
import type User from '#models/user'
import env from '#start/env'
import { submitAs } from '#tests/helpers/requests'

/** An event `daysAgo` days before today (negative: in the future), created as staff do. */
async function makeEvent(daysAgo: number, name = 'Diaspora Investment Days') {
  const staff = await UserFactory.apply('staff').create()
  const austria = await Country.findByOrFail('code', 'AT')
  const event = await new CreateEvent().handle({
    actor: staff,
    data: {
      name,
      city: 'Vienna',
      countryId: austria.id,
      startsOn: DateTime.now().minus({ days: daysAgo }).toJSDate(),
      description: 'Projects from Niš and the south of Serbia.',
    },
  })
  return { event, staff }
}

async function attend(event: Event, person: { fullName: string; email: string }) {
  return db.transaction((trx) =>
    new RegisterAttendee().handle({
      event,
      data: { ...person, countryOfResidence: 'Austria', placeOfBirth: 'Niš' },
      source: 'staff',
      trx,
    })
  )
}

/** An investor expresses interest in a listing, then the interest → deal hand-off runs. */
async function expressInterest(investor: User, opportunityId: number) {
  const interest = await Interest.create({
    opportunityId,
    investorId: investor.id,
    amountMinEur: 100_000,
    amountMaxEur: 200_000,
    contactChannel: 'email',
    contactLanguage: 'sr',
    status: 'submitted',
    consentGivenAt: DateTime.now(),
  })
  await new SyncDealFromInterest().handle({ interestId: interest.id })
  return Deal.findByOrFail('interestId', interest.id)
}

/** The delayed follow-up messages queued for an attendee, by step. */
async function followUps(attendeeId: number) {
  const rows = await db
    .from('outbox_messages')
    .where('job_name', 'events:follow-up')
    .whereRaw(`(payload->>'attendeeId')::int = ?`, [attendeeId])
    .orderBy('available_at')
  return rows.map((row) => ({ step: row.payload.step as string, availableAt: row.available_at }))
}

const runStep = (attendeeId: number, step: 'thank_you' | 'digest' | 'last_call') =>
  new SendEventFollowUpJob().handle({ attendeeId, step })

test.group('Events: attribution', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an interest within 90 days after attending makes the event the deal source', async ({
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    const { event } = await makeEvent(30)
    const { event: older } = await makeEvent(60, 'Roadshow Zurich')
    const investor = await UserFactory.create()
    await attend(older, investor)
    await attend(event, investor)

    const deal = await expressInterest(investor, listing.id)
    // The latest qualifying event wins.
    assert.equal(deal.sourceEventId, event.id)
  })

  test('no event source when the event was more than 90 days before, or after, the interest', async ({
    assert,
  }) => {
    const { organisation } = await createPartner()
    const { event: longAgo } = await makeEvent(91)
    const { event: upcoming } = await makeEvent(-5, 'Munich next week')
    const investor = await UserFactory.create()
    await attend(longAgo, investor)
    await attend(upcoming, investor)
    const deal = await expressInterest(investor, (await createOpportunity(organisation)).id)
    assert.isNull(deal.sourceEventId)
  })

  test('staff mark an attendee interested: a deal from the event, and the follow-ups stop', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    const { event, staff } = await makeEvent(2)
    const { attendee } = await attend(event, {
      fullName: 'Jelena Petrović',
      email: 'jelena@example.at',
    })

    const response = await submitAs(
      client,
      staff,
      'post',
      `/crm/events/${event.id}/attendees/${attendee.id}/interest`,
      { json: { opportunityId: listing.id } }
    )
    response.assertStatus(302)
    const deal = await Deal.query()
      .where('contactId', attendee.contactId)
      .preload('pipeline')
      .firstOrFail()
    assert.equal(response.header('location'), `/crm/deals/${deal.id}`)
    assert.equal(deal.sourceEventId, event.id)
    assert.equal(deal.opportunityId, listing.id)
    assert.equal(deal.pipeline.slug, 'investments')
    await attendee.refresh()
    assert.equal(attendee.followUpStopReason, 'interest')
    assert.deepEqual(await runStep(attendee.id, 'digest'), { sent: false, reason: 'interest' })

    // The deal page names the event.
    const page = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(page.inertiaProps.deal.sourceEvent.id, event.id)
  })
})

test.group('Events: follow-up sequence', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('day 1, 7 and 21 are queued as delayed jobs from the event date', async ({ assert }) => {
    const { event } = await makeEvent(-10)
    const { attendee } = await attend(event, { fullName: 'Ana Nikolić', email: 'ana@example.de' })
    const eventDay = event.startsOn.startOf('day')
    const queued = await followUps(attendee.id)
    assert.deepEqual(
      queued.map(({ step, availableAt }) => [
        step,
        Math.round(DateTime.fromJSDate(availableAt).diff(eventDay, 'hours').hours),
      ]),
      [
        ['thank_you', 33],
        ['digest', 177],
        ['last_call', 513],
      ]
    )
    // Registering the same person again queues nothing new.
    await attend(event, { fullName: 'Ana Nikolić', email: 'ANA@example.de' })
    assert.lengthOf(await followUps(attendee.id), 3)
    assert.equal(
      await EventAttendee.query()
        .where('eventId', event.id)
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      1
    )
  })

  test('each step is e-mailed once to someone who neither replied nor showed interest', async ({
    assert,
  }) => {
    const { organisation } = await createPartner()
    await createOpportunity(organisation, { titleEn: 'Solar park Niš' })
    const { event } = await makeEvent(2)
    const { attendee } = await attend(event, { fullName: 'Marko Ilić', email: 'marko@example.ch' })

    assert.deepEqual(await runStep(attendee.id, 'thank_you'), { sent: true, reason: null })
    assert.deepEqual(await runStep(attendee.id, 'thank_you'), { sent: true, reason: null })
    assert.deepEqual(await runStep(attendee.id, 'digest'), { sent: true, reason: null })
    assert.lengthOf(await queuedMails('event_follow_up'), 2)

    await drainOutbox({ only: ['mail:send'] })
    const sent = await SentEmail.query().where('toAddress', 'marko@example.ch').orderBy('id')
    assert.lengthOf(sent, 2)
    assert.include(sent[0].subject, 'Diaspora Investment Days')
    assert.include(sent[1].text ?? '', 'Solar park Niš')
  })

  test('the sequence stops for an attendee who expressed interest', async ({ assert }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    const { event: earlier } = await makeEvent(5, 'Roadshow Munich')
    const { event } = await makeEvent(2)
    const investor = await UserFactory.create()
    const { attendee: atEarlier } = await attend(earlier, investor)
    const { attendee } = await attend(event, investor)

    assert.deepEqual(await runStep(attendee.id, 'thank_you'), { sent: true, reason: null })
    const deal = await expressInterest(investor, listing.id)
    assert.equal(deal.sourceEventId, event.id)
    assert.deepEqual(await runStep(attendee.id, 'digest'), { sent: false, reason: 'interest' })
    // The deal went to the later event, yet the interest stops the earlier one's sequence too.
    assert.deepEqual(await runStep(atEarlier.id, 'digest'), { sent: false, reason: 'interest' })
    assert.deepEqual(await runStep(attendee.id, 'last_call'), { sent: false, reason: 'interest' })
    const mails = await queuedMails('event_follow_up')
    assert.deepEqual(
      mails.map((mail) => (mail.payload.args as { step: string }).step),
      ['thank_you']
    )
    await attendee.refresh()
    assert.equal(attendee.followUpStopReason, 'interest')
  })

  test('the sequence stops for an attendee who replied (an inquiry or a logged call)', async ({
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { event } = await makeEvent(2)
    const { attendee: asked } = await attend(event, {
      fullName: 'Ivana Đorđević',
      email: 'ivana@example.at',
    })
    const { attendee: called } = await attend(event, {
      fullName: 'Petar Stanković',
      email: 'petar@example.at',
    })

    await new SubmitInquiry().handle({
      data: {
        fullName: 'Ivana Đorđević',
        email: 'ivana@example.at',
        question: 'Which incentives does Niš offer for a small factory?',
        locale: 'sr-Latn',
        consent: true,
      },
    })
    // Petar's assistant logged a call on an (inquiry) deal of his after the event.
    const { deal } = await new SubmitInquiry().handle({
      data: {
        fullName: 'Petar Stanković',
        email: 'petar@example.at',
        question: 'Just saying hello from Vienna.',
        locale: 'en',
        consent: true,
      },
    })
    await db
      .from('inquiries')
      .where('deal_id', deal.id)
      .update({ created_at: event.startsOn.minus({ days: 3 }).toJSDate() })
    await db
      .from('deal_activities')
      .where('deal_id', deal.id)
      .update({ occurred_at: event.startsOn.minus({ days: 3 }).toJSDate() })
    assert.deepEqual(await runStep(called.id, 'thank_you'), { sent: true, reason: null })
    await db.table('deal_activities').insert({
      deal_id: deal.id,
      kind: 'call',
      body: 'Called back, will visit in spring.',
      occurred_at: new Date(),
      created_at: new Date(),
    })

    assert.deepEqual(await runStep(asked.id, 'thank_you'), { sent: false, reason: 'replied' })
    assert.deepEqual(await runStep(called.id, 'digest'), { sent: false, reason: 'replied' })
    assert.deepEqual(await runStep(called.id, 'last_call'), { sent: false, reason: 'replied' })
    const steps = (await queuedMails('event_follow_up')).map((mail) => mail.payload.args)
    assert.deepEqual(steps, [{ attendeeId: called.id, step: 'thank_you' }])
  })
})

test.group('Events: CSV import', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("the parser keeps quoted commas, quotes and line breaks and knows each row's line", async ({
    assert,
  }) => {
    const rows = parseCsv(
      '\uFEFFname;email\r\n"Jović; Ana";ana@x.at\n\n"Say ""hi""\nthere";b@x.at\n'
    )
    assert.deepEqual(rows, [
      { line: 1, cells: ['name', 'email'] },
      { line: 2, cells: ['Jović; Ana', 'ana@x.at'] },
      { line: 4, cells: ['Say "hi"\nthere', 'b@x.at'] },
    ])
  })

  test('valid rows are imported (an existing contact is reused, a repeat import adds nobody)', async ({
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { event } = await makeEvent(3)
    const investor = await UserFactory.merge({ email: 'vladimir@example.de' }).create()
    const csv = [
      'Name,E-mail,Country of residence,Place of birth',
      'Jelena Marković,jelena@example.at,Austria,Kragujevac',
      '"Vladimir Stojanović, Dipl.-Ing.",VLADIMIR@example.de,Germany,Niš',
      'Stefan Lazić,stefan@example.ch,,',
    ].join('\n')
    const result = await new ImportAttendees().handle({ event, csv })
    assert.deepEqual(result, { errors: [], added: 3, updated: 0 })

    const attendees = await EventAttendee.query()
      .where('eventId', event.id)
      .preload('contact')
      .orderBy('id')
    assert.deepEqual(
      attendees.map((a) => [a.contact.email, a.countryOfResidence, a.placeOfBirth, a.source]),
      [
        ['jelena@example.at', 'Austria', 'Kragujevac', 'import'],
        [investor.email, 'Germany', 'Niš', 'import'],
        ['stefan@example.ch', null, null, 'import'],
      ]
    )
    // The investor's own contact (linked to the account) is the attendee, named as the account.
    assert.equal(attendees[1].contact.userId, investor.id)
    assert.equal(attendees[1].contact.fullName, investor.fullName)

    const again = await new ImportAttendees().handle({ event, csv })
    assert.deepEqual(again, { errors: [], added: 0, updated: 3 })
    assert.lengthOf(await EventAttendee.query().where('eventId', event.id), 3)
  })

  test('invalid rows are reported with line numbers and nothing is imported', async ({
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { event } = await makeEvent(3)
    const before = await countRows('contacts', 'event_attendees', 'outbox_messages')
    const csv = [
      'name,email,country of residence,place of birth',
      'Jelena Marković,jelena@example.at,Austria,Kragujevac',
      'Milan Kostić,not-an-email,Germany,Niš',
      ',nameless@example.at,Austria,',
      'Jelena M.,Jelena@Example.at,Austria,',
    ].join('\n')
    const result = await new ImportAttendees().handle({ event, csv })
    assert.deepEqual(
      result.errors.map(({ line, field }) => [line, field]),
      [
        [3, 'email'],
        [4, 'fullName'],
        [5, 'email'],
      ]
    )
    assert.equal(result.errors[2].message, 'duplicate:2')
    assert.equal(result.added, 0)
    assert.deepEqual(await countRows('contacts', 'event_attendees', 'outbox_messages'), before)

    const noEmailColumn = await new ImportAttendees().handle({
      event,
      csv: 'name,city\nAna,Wien\n',
    })
    assert.deepEqual(noEmailColumn.errors, [{ line: 1, field: 'email', message: 'missing_column' }])
  })

  test('a quote left open names its line and imports nothing', async ({ assert }) => {
    await UserFactory.apply('staff').create()
    const { event } = await makeEvent(3)
    const result = await new ImportAttendees().handle({
      event,
      csv: 'name,email\nAna Ilić,ana@example.at\n"Milan Kostić,milan@example.de\n',
    })
    assert.deepEqual(result, {
      errors: [{ line: 3, field: 'file', message: 'malformed' }],
      added: 0,
      updated: 0,
    })
    assert.lengthOf(await EventAttendee.query().where('eventId', event.id), 0)
  })

  test('uploading a CSV: 422 with translated line errors as JSON, imported over the form', async ({
    client,
    assert,
  }) => {
    const { event, staff } = await makeEvent(3)
    const bad = Buffer.from('name,email\nMilan,not-an-email\n')
    const refused = await client
      .post(`/crm/events/${event.id}/import`)
      .file('file', bad, { filename: 'list.csv' })
      .header('accept', 'application/json')
      .loginAs(staff)
      .withCsrfToken()
    refused.assertStatus(422)
    assert.equal(refused.body().errors[0].line, 2)
    assert.equal(refused.body().errors[0].field, 'email')
    assert.lengthOf(await EventAttendee.query().where('eventId', event.id), 0)

    const good = Buffer.from('name,email\nMilan Kostić,milan@example.de\n')
    const imported = await client
      .post(`/crm/events/${event.id}/import`)
      .file('file', good, { filename: 'list.csv' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    imported.assertStatus(302)
    imported.assertFlashMessage('success', 'Imported: 1 new, 0 already on the list.')
    const page = await client.get(`/crm/events/${event.id}`).loginAs(staff).withInertia()
    assert.deepEqual(
      page.inertiaProps.attendees.map((a: { contact: { email: string } }) => a.contact.email),
      ['milan@example.de']
    )
  })
})

/** The public sign-up form shares the inquiry form's limit per address. */
const clearSignUpLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inquiry*`)

test.group('Events: an attendee added by hand', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff add an attendee: a CRM contact, shown on the event page; a repeat adds nobody', async ({
    client,
    assert,
  }) => {
    const { event, staff } = await makeEvent(2)
    const add = (email: string) =>
      client
        .post(`/crm/events/${event.id}/attendees`)
        .form({
          fullName: 'Marija Ilić',
          email,
          countryOfResidence: 'Austria',
          placeOfBirth: 'Zaječar',
        })
        .loginAs(staff)
        .withCsrfToken()
        .redirects(0)

    const response = await add('marija.ilic@example.at')
    response.assertStatus(302)
    response.assertHeader('location', `/crm/events/${event.id}`)
    const attendees = await EventAttendee.query().where('eventId', event.id).preload('contact')
    assert.deepEqual(
      attendees.map((a) => [
        a.contact.fullName,
        a.contact.email,
        a.countryOfResidence,
        a.placeOfBirth,
        a.source,
      ]),
      [['Marija Ilić', 'marija.ilic@example.at', 'Austria', 'Zaječar', 'staff']]
    )

    // The same person (any letter case) again: still one attendee and one contact.
    ;(await add('MARIJA.ILIC@example.at')).assertStatus(302)
    assert.lengthOf(await EventAttendee.query().where('eventId', event.id), 1)
    assert.lengthOf(await Contact.byEmail('marija.ilic@example.at'), 1)

    const page = await client.get(`/crm/events/${event.id}`).loginAs(staff).withInertia()
    assert.deepEqual(
      page.inertiaProps.attendees.map((a: { contact: { email: string } }) => a.contact.email),
      ['marija.ilic@example.at']
    )
  })

  test('a bad e-mail is a field error and adds nobody; partners may not add attendees', async ({
    client,
    assert,
  }) => {
    const { event, staff } = await makeEvent(2)
    const bad = await submitAs(client, staff, 'post', `/crm/events/${event.id}/attendees`, {
      json: { fullName: 'Marija Ilić', email: 'not-an-address' },
      asJsonCaller: true,
      follow: true,
    })
    bad.assertStatus(422)
    assert.deepEqual(
      bad.body().errors.map((error: { field: string }) => error.field),
      ['email']
    )
    const { user: partner } = await createPartner()
    const refused = await submitAs(client, partner, 'post', `/crm/events/${event.id}/attendees`, {
      json: { fullName: 'Marija Ilić', email: 'marija.ilic@example.at' },
      asJsonCaller: true,
      follow: true,
    })
    refused.assertStatus(403)
    assert.lengthOf(await EventAttendee.query().where('eventId', event.id), 0)
  })
})

test.group('Events: public sign-up', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(clearSignUpLimits)
  group.teardown(clearSignUpLimits)

  const form = {
    fullName: 'Nevena Jovanović',
    email: 'nevena@example.ch',
    countryOfResidence: 'Switzerland',
    placeOfBirth: 'Čačak',
    locale: 'sr-Latn',
    consent: true,
  }

  test('anyone signs up on /events/:slug and becomes an attendee and a contact', async ({
    client,
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const { event } = await makeEvent(-14)
    const page = await client.get(`/events/${event.slug}`).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.event.name, 'Diaspora Investment Days')

    const response = await client
      .post(`/events/${event.slug}`)
      .json(form)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `/events/${event.slug}`)
    const contact = await Contact.byEmail(form.email).firstOrFail()
    assert.equal(contact.fullName, form.fullName)
    assert.equal(contact.placeOfResidence, 'Switzerland')
    const attendee = await EventAttendee.findByOrFail('contactId', contact.id)
    assert.equal(attendee.source, 'signup')
    assert.equal(attendee.eventId, event.id)
    assert.lengthOf(await followUps(attendee.id), 3)
  })

  test('invalid input gives field errors and stores nothing; a closed list refuses', async ({
    client,
    assert,
  }) => {
    const { event } = await makeEvent(-14)
    const before = await countRows('contacts', 'event_attendees', 'outbox_messages')
    const response = await client
      .post(`/events/${event.slug}`)
      .header('referer', `/events/${event.slug}`)
      .json({ ...form, email: 'nope', countryOfResidence: '', consent: false })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag ?? response.flashMessages().errors
    assert.properties(errors, ['email', 'countryOfResidence', 'consent'])
    assert.notProperty(errors, 'fullName')

    const json = await client
      .post(`/events/${event.slug}`)
      .header('accept', 'application/json')
      .json({ ...form, fullName: 'X' })
      .withCsrfToken()
    json.assertStatus(422)
    assert.deepEqual(
      json.body().errors.map((error: { field: string }) => error.field),
      ['fullName']
    )

    event.signupOpen = false
    await event.save()
    const closed = await client.post(`/events/${event.slug}`).json(form).withCsrfToken()
    closed.assertStatus(404)
    assert.deepEqual(await countRows('contacts', 'event_attendees', 'outbox_messages'), before)
    const unknown = await client.get('/events/no-such-event')
    unknown.assertStatus(404)
  })
})

test.group('Events: opting out of the follow-ups', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the signed link in each e-mail stops the rest of the sequence; a tampered one is refused', async ({
    client,
    assert,
  }) => {
    const { event } = await makeEvent(2)
    const { attendee } = await attend(event, { fullName: 'Marko Ilić', email: 'marko@example.ch' })
    assert.deepEqual(await runStep(attendee.id, 'thank_you'), { sent: true, reason: null })
    await drainOutbox({ only: ['mail:send'] })
    const sent = await SentEmail.query().where('toAddress', 'marko@example.ch').firstOrFail()
    const link = (sent.text ?? '').match(/https?:\/\/\S+\/events\/follow-ups\/\d+\/stop\S*/)?.[0]
    assert.exists(link, 'the e-mail carries the opt-out link')
    const path = new URL(link!).pathname + new URL(link!).search

    const page = await client.get(path).withInertia()
    page.assertStatus(200)
    assert.isFalse(page.inertiaProps.stopped)
    const tampered = path.replace(`/follow-ups/${attendee.id}/`, `/follow-ups/${attendee.id + 1}/`)
    ;(await client.post(tampered).redirects(0)).assertStatus(403)

    const stop = await client.post(path).redirects(0)
    stop.assertStatus(302)
    await attendee.refresh()
    assert.equal(attendee.followUpStopReason, 'unsubscribed')
    assert.deepEqual(await runStep(attendee.id, 'digest'), { sent: false, reason: 'unsubscribed' })
    assert.lengthOf(await queuedMails('event_follow_up'), 1)
  })
})

test.group('Events: staff pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff create and edit an event (the slug stays), with field errors for bad input', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const germany = await Country.findByOrFail('code', 'DE')
    const form = {
      name: 'Diaspora Days',
      city: 'München',
      countryId: germany.id,
      startsOn: '2027-03-14',
      description: 'Projects from Niš.',
      signupOpen: true,
    }
    const created = await submitAs(client, staff, 'post', '/crm/events', { json: form })
    created.assertStatus(302)
    const event = await Event.findByOrFail('name', 'Diaspora Days')
    assert.equal(created.header('location'), `/crm/events/${event.id}`)
    assert.equal(event.slug, 'diaspora-days-munchen-2027')
    assert.equal(event.startsOn.toISODate(), '2027-03-14')

    const invalid = await submitAs(client, staff, 'put', `/crm/events/${event.id}`, {
      json: { ...form, name: 'D', countryId: 999_999, startsOn: 'soon' },
      referer: `/crm/events/${event.id}`,
    })
    invalid.assertStatus(302)
    const errors = invalid.flashMessages().inputErrorsBag ?? invalid.flashMessages().errors
    assert.properties(errors, ['name', 'countryId', 'startsOn'])

    const saved = await submitAs(client, staff, 'put', `/crm/events/${event.id}`, {
      json: { ...form, name: 'Diaspora Days 2027', signupOpen: false },
    })
    saved.assertStatus(302)
    await event.refresh()
    assert.equal(event.name, 'Diaspora Days 2027')
    assert.isFalse(event.signupOpen)
    assert.equal(event.slug, 'diaspora-days-munchen-2027')

    const list = await client.get('/crm/events').loginAs(staff).withInertia()
    assert.deepEqual(
      list.inertiaProps.events.map((item: { name: string; attendeesCount: number }) => [
        item.name,
        item.attendeesCount,
      ]),
      [['Diaspora Days 2027', 0]]
    )
  })
})
