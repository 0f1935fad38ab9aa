import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import Contact from '#models/contact'
import Deal from '#models/deal'
import Inquiry from '#models/inquiry'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { countRows } from '#tests/helpers/database'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import env from '#start/env'
import { submitAs } from '#tests/helpers/requests'
import { expressInterest, listingWithStaff } from '#tests/helpers/marketplace'

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

/** The inquiry limit counts per address, and every test here asks from the same one. */
const clearInquiryLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inquiry_*`)

/** What a refused inquiry must not leave behind. */
const inquiryTables = ['contacts', 'inquiries', 'deals', 'deal_activities', 'outbox_messages']

test.group('Public inquiry form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(clearInquiryLimits)
  group.teardown(clearInquiryLimits)

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

    // The deal is a card in the New column of the Returnee support board.
    const board = await client
      .get('/crm/pipeline?pipeline=returnee-support')
      .loginAs(staff)
      .withInertia()
    board.assertInertiaComponent('deals/pipeline')
    const column = (board.inertiaProps.columns as { key: string; cards: { id: number }[] }[]).find(
      (candidate) => candidate.key === 'new'
    )!
    assert.include(
      column.cards.map((card) => card.id),
      deal.id
    )
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
    await submitAs(client, investor, 'post', '/inquiry', {
      json: { ...form, fullName: 'Someone Else', email: 'MARKO@example.at' },
    })
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

test.group('Public inquiry form: rate limit', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(clearInquiryLimits)
  group.teardown(clearInquiryLimits)

  /** Five accepted questions from this address, each with its own e-mail. */
  async function useUpTheLimit(client: ApiClient) {
    for (let n = 1; n <= 5; n++) {
      const response = await client
        .post('/inquiry')
        .json({ ...form, email: `asker${n}@example.de` })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/inquiry/thanks')
    }
  }

  /** A staff member to receive questions, the limit used up, and the row counts then. */
  async function atTheLimit(client: ApiClient) {
    await UserFactory.apply('staff').create()
    await useUpTheLimit(client)
    return countRows(...inquiryTables)
  }

  /** One more question from this address, past the limit, with `headers` saying who asks. */
  function askOnceMore(client: ApiClient, email: string, headers: Record<string, string>) {
    return client
      .post('/inquiry')
      .headers(headers)
      .json({ ...form, email })
      .withCsrfToken()
      .redirects(0)
  }

  test('the sixth question within the window gets a 429 with Retry-After and the reason, and stores nothing', async ({
    client,
    assert,
  }) => {
    const before = await atTheLimit(client)

    const refused = await askOnceMore(client, 'asker6@example.de', { accept: 'application/json' })
    refused.assertStatus(429)
    const retryAfter = Number(refused.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 15 * 60)
    assert.deepEqual(refused.body(), {
      errors: [
        {
          message:
            'You have sent several questions in a short time. Please try again in a few minutes.',
          retryAfter,
        },
      ],
    })
    assert.deepEqual(await countRows(...inquiryTables), before)
    assert.isNull(await Contact.byEmail('asker6@example.de').first())

    // In Serbian for a Serbian reader.
    const serbian = await askOnceMore(client, 'asker7@example.de', {
      'accept': 'application/json',
      'accept-language': 'sr-Latn',
    })
    serbian.assertStatus(429)
    assert.equal(
      serbian.body().errors[0].message,
      i18nManager.locale('sr-Latn').t('deals.inquiry.too_many')
    )
    assert.notEqual(serbian.body().errors[0].message, refused.body().errors[0].message)
  })

  test('a refused form post goes back to the form with the reason flashed, and stores nothing', async ({
    client,
    assert,
  }) => {
    const before = await atTheLimit(client)

    // As the browser's form sends it (Inertia: HTML accepted, back to the page it came from).
    const refused = await askOnceMore(client, 'asker6@example.de', {
      'referer': '/inquiry',
      'accept': 'text/html, application/xhtml+xml',
      'x-inertia': 'true',
    })
    refused.assertStatus(302)
    refused.assertHeader('location', '/inquiry')
    refused.assertFlashMessage(
      'error',
      'You have sent several questions in a short time. Please try again in a few minutes.'
    )
    assert.deepEqual(await countRows(...inquiryTables), before)
  })
})

test.group('Investor interest → CRM contact', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const interest = {
    amountMinEur: 50_000,
    amountMaxEur: 120_000,
    message: 'I would like to visit the site in July.',
    contactChannel: 'email',
    contactLanguage: 'sr',
    consentToShareContact: true,
  }

  test('an interest links its deal to the investor’s contact, taking over an earlier inquiry’s contact', async ({
    client,
    assert,
  }) => {
    const opportunity = await listingWithStaff()
    // The person asked through the public form first, then opened an account.
    await client
      .post('/inquiry')
      .json({ ...form, email: 'jelena.markovic@example.ch', fullName: 'Jelena M.' })
      .withCsrfToken()
      .redirects(0)
    const inquirer = await Contact.byEmail('jelena.markovic@example.ch').firstOrFail()
    assert.isNull(inquirer.userId)
    const investor = await UserFactory.merge({
      fullName: 'Jelena Marković',
      email: 'jelena.markovic@example.ch',
    }).create()

    const response = await expressInterest(client, investor, opportunity, { json: interest })
    response.assertStatus(302)
    assert.includeMembers(await drainOutbox(), ['deals:sync-from-interest'])

    const deal = await Deal.query()
      .where({ investorId: investor.id, opportunityId: opportunity.id })
      .firstOrFail()
    assert.equal(deal.contactId, inquirer.id)
    await inquirer.refresh()
    assert.equal(inquirer.userId, investor.id)
    assert.equal(inquirer.kind, 'investor')
    assert.equal(inquirer.fullName, 'Jelena Marković')
    assert.lengthOf(await Contact.byEmail('jelena.markovic@example.ch'), 1)
  })

  test('a changed interest refreshes the contact and links a deal that had none', async ({
    client,
    assert,
  }) => {
    const opportunity = await listingWithStaff()
    const investor = await UserFactory.create()
    const express = (amountMaxEur: number) =>
      client
        .post(`/opportunities/${opportunity.slug}/interest`)
        .json({ ...interest, amountMaxEur })
        .loginAs(investor)
        .withCsrfToken()
        .redirects(0)

    await express(120_000)
    await drainOutbox()
    const deal = await Deal.findByOrFail('investorId', investor.id)
    const contact = await Contact.findByOrFail('userId', investor.id)
    assert.equal(deal.contactId, contact.id)

    // A deal from before contacts existed, and an investor who changed their name since.
    deal.contactId = null
    await deal.save()
    investor.fullName = 'Novo Ime Investitora'
    await investor.save()

    await express(150_000)
    await drainOutbox()
    await deal.refresh()
    await contact.refresh()
    assert.equal(deal.valueEur, 150_000)
    assert.equal(deal.contactId, contact.id)
    assert.equal(contact.fullName, 'Novo Ime Investitora')
    assert.lengthOf(await Contact.query().where('userId', investor.id), 1)
  })
})
