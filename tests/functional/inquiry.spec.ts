import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Contact from '#models/contact'
import Deal from '#models/deal'
import Inquiry from '#models/inquiry'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { countRows } from '#tests/helpers/database'

const form = {
  fullName: 'Milica Jovanović',
  email: 'Milica.Jovanovic@example.de',
  placeOfBirth: 'Niš',
  placeOfResidence: 'München',
  education: 'Master',
  university: 'University of Niš',
  department: 'Electronic engineering',
  currentJob: 'Software engineer',
  company: 'Siemens',
  question: 'How do I register a company in Niš while living in Germany?',
  locale: 'sr-Latn',
  consent: true,
}

test.group('Public inquiry form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an inquiry creates a contact, an inquiry and a Returnee support deal with an assistant and e-mails', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const response = await client.post('/inquiry').json(form).withCsrfToken().redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/inquiry/thanks')

    const contact = await Contact.byEmail(form.email).preload('inquiries').firstOrFail()
    assert.equal(contact.fullName, 'Milica Jovanović')
    assert.equal(contact.kind, 'inquirer')
    assert.equal(contact.placeOfResidence, 'München')
    assert.equal(contact.university, 'University of Niš')
    assert.equal(contact.ownerId, staff.id)
    assert.lengthOf(contact.inquiries, 1)

    const deal = await Deal.query()
      .where('contactId', contact.id)
      .preload('pipeline')
      .preload('stage')
      .preload('activities')
      .firstOrFail()
    assert.equal(deal.pipeline.slug, 'returnee-support')
    assert.equal(deal.stage.key, 'new')
    assert.isNull(deal.investorId)
    assert.equal(deal.ownerId, staff.id)
    assert.equal(contact.inquiries[0].dealId, deal.id)
    assert.deepEqual(
      deal.activities.map((activity) => [activity.kind, activity.body]),
      [['inquiry', form.question]]
    )

    await drainOutbox()
    const toPerson = await SentEmail.query().where('toAddress', form.email).firstOrFail()
    assert.equal(toPerson.subject, 'Primili smo vaše pitanje')
    const toAssistant = await SentEmail.query().where('toAddress', staff.email).firstOrFail()
    assert.include(toAssistant.subject, 'Milica Jovanović')

    const board = await client.get('/crm/pipeline?pipeline=returnee-support').loginAs(staff)
    board.assertStatus(200)
    const page = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.deal.contact.fullName, 'Milica Jovanović')
    assert.isNull(page.inertiaProps.deal.investor)
  })

  test('a second inquiry with the same e-mail in another case updates the same contact and keeps the assistant', async ({
    client,
    assert,
  }) => {
    await UserFactory.apply('staff').createMany(2)
    await client.post('/inquiry').json(form).withCsrfToken().redirects(0)
    const first = await Contact.byEmail(form.email).firstOrFail()
    await client
      .post('/inquiry')
      .json({
        ...form,
        email: 'MILICA.JOVANOVIC@EXAMPLE.DE',
        fullName: 'Milica Jovanović Petrović',
        company: 'Bosch',
        question: 'And which incentives does the city offer to returnees?',
      })
      .withCsrfToken()
      .redirects(0)

    const contacts = await Contact.byEmail(form.email)
    assert.lengthOf(contacts, 1)
    assert.equal(contacts[0].id, first.id)
    assert.equal(contacts[0].company, 'Bosch')
    assert.equal(contacts[0].fullName, 'Milica Jovanović Petrović')
    assert.equal(contacts[0].ownerId, first.ownerId)
    const deals = await Deal.query().where('contactId', first.id)
    assert.lengthOf(deals, 2)
    assert.deepEqual(
      deals.map((deal) => deal.ownerId),
      [first.ownerId, first.ownerId]
    )
    assert.lengthOf(await Inquiry.query().where('contactId', first.id), 2)
  })

  test('an inquiry never overwrites a linked account’s name or e-mail', async ({
    client,
    assert,
  }) => {
    await UserFactory.apply('staff').create()
    const investor = await UserFactory.merge({
      fullName: 'Marko Ilić',
      email: 'marko@example.at',
    }).create()
    const shown = await client.get('/inquiry').loginAs(investor).withInertia()
    assert.equal(shown.inertiaProps.prefill.fullName, 'Marko Ilić')
    await client
      .post('/inquiry')
      .json({ ...form, fullName: 'Someone Else', email: 'MARKO@example.at' })
      .loginAs(investor)
      .withCsrfToken()
      .redirects(0)
    const contact = await Contact.findByOrFail('userId', investor.id)
    assert.equal(contact.fullName, 'Marko Ilić')
    assert.equal(contact.email, 'marko@example.at')
    assert.equal(contact.kind, 'investor')
    const deal = await Deal.findByOrFail('contactId', contact.id)
    assert.equal(deal.investorId, investor.id)
  })

  test('invalid input gives field errors and stores nothing', async ({ client, assert }) => {
    const before = await countRows('contacts', 'inquiries', 'deals', 'outbox_messages')
    const response = await client
      .post('/inquiry')
      .header('referer', '/inquiry')
      .json({ ...form, email: 'not-an-email', question: 'short', consent: false })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag ?? response.flashMessages().errors
    assert.properties(errors, ['email', 'question', 'consent'])
    assert.deepEqual(await countRows('contacts', 'inquiries', 'deals', 'outbox_messages'), before)
  })
})
