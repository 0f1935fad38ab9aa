import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import DealActivity from '#models/deal_activity'
import Introduction from '#models/introduction'
import SentEmail from '#models/sent_email'
import StartIntroduction from '#actions/deals/introductions/start_introduction'
import { createPartner } from '#database/factories/user_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { dealFromSnezanasInterest } from '#tests/helpers/deals'

/** An introduction waiting for the partner's answer, and who is who around it. */
async function pendingIntroduction() {
  const { staff, investor, partner, deal } = await dealFromSnezanasInterest(
    { titleEn: 'Rehabilitation clinic', titleSr: 'Klinika za rehabilitaciju' },
    {
      amountMinEur: 700_000,
      amountMaxEur: 1_500_000,
      message: 'I run a practice in Vienna.',
      contactChannel: 'email',
      contactLanguage: 'sr',
      consentToShareContact: true,
    }
  )
  const { user: stranger } = await createPartner()
  await new StartIntroduction().handle({ deal, actor: staff })
  await drainOutbox()
  const introduction = await Introduction.findByOrFail('dealId', deal.id)
  return { staff, investor, partner, stranger, deal, introduction }
}

test.group('Partner inbox of introductions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the dashboard lists the pending introduction with its deadline, nothing that names the investor', async ({
    client,
    assert,
  }) => {
    const { partner, introduction, investor } = await pendingIntroduction()
    const page = await client.get('/dashboard').loginAs(partner).withInertia()
    page.assertStatus(200)
    const inbox = page.inertiaProps.introductions as Record<string, unknown>[]
    assert.lengthOf(inbox, 1)
    assert.equal(inbox[0].id, introduction.id)
    assert.equal(inbox[0].status, 'requested')
    assert.equal(inbox[0].dueAt, introduction.dueAt.toISO())
    assert.equal(inbox[0].titleSr, 'Klinika za rehabilitaciju')
    assert.equal(inbox[0].investorFirstName, 'Snežana')
    assert.isNull(inbox[0].investorEmail)
    assert.notInclude(JSON.stringify(inbox), investor.email)
  })

  test('accepting in the inbox introduces both sides and moves the deal, with the message on the timeline', async ({
    client,
    assert,
  }) => {
    const { partner, introduction, deal, investor } = await pendingIntroduction()
    const response = await client
      .post(`/partner/introductions/${introduction.id}/accept`)
      .loginAs(partner)
      .form({ reason: 'Glad to meet her in May.' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    await introduction.refresh()
    assert.equal(introduction.status, 'accepted')
    assert.isNull(introduction.declineReason)
    await deal.refresh()
    await deal.load('stage')
    assert.equal(deal.stage.key, 'introduced')
    const line = await DealActivity.query()
      .where({ dealId: deal.id, kind: 'introduction', actorId: partner.id })
      .firstOrFail()
    assert.equal(line.body, 'Glad to meet her in May.')

    await drainOutbox()
    const made = await SentEmail.query().whereILike(
      'dedupeKey',
      `introduction:${introduction.id}:made:%`
    )
    assert.includeMembers(
      made.map((mail) => mail.toAddress),
      [investor.email]
    )
    assert.lengthOf(made, 2)

    // Now the history names the investor, whose details the e-mail shared.
    const page = await client.get('/dashboard').loginAs(partner).withInertia()
    const inbox = page.inertiaProps.introductions as Record<string, unknown>[]
    assert.equal(inbox[0].status, 'accepted')
    assert.equal(inbox[0].investorEmail, investor.email)
  })

  test('declining keeps the reason; answering twice changes nothing', async ({
    client,
    assert,
  }) => {
    const { partner, introduction } = await pendingIntroduction()
    await client
      .post(`/partner/introductions/${introduction.id}/decline`)
      .loginAs(partner)
      .form({ reason: 'We already have an operator.' })
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`/partner/introductions/${introduction.id}/accept`)
      .loginAs(partner)
      .withCsrfToken()
      .redirects(0)
    await introduction.refresh()
    assert.equal(introduction.status, 'declined')
    assert.equal(introduction.declineReason, 'We already have an operator.')
  })

  test('another partner cannot answer (and does not learn the introduction exists)', async ({
    client,
    assert,
  }) => {
    const { stranger, introduction } = await pendingIntroduction()
    const response = await client
      .post(`/partner/introductions/${introduction.id}/accept`)
      .loginAs(stranger)
      .header('accept', 'application/json')
      .withCsrfToken()
    response.assertStatus(404)
    await introduction.refresh()
    assert.equal(introduction.status, 'requested')
    const page = await client.get('/dashboard').loginAs(stranger).withInertia()
    assert.lengthOf(page.inertiaProps.introductions as unknown[], 0)
  })

  test('a message over 500 characters is refused beside the field, nothing answered', async ({
    client,
    assert,
  }) => {
    const { partner, introduction } = await pendingIntroduction()
    const response = await client
      .post(`/partner/introductions/${introduction.id}/accept`)
      .loginAs(partner)
      .header('referer', '/dashboard')
      .form({ reason: 'x'.repeat(501) })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    await introduction.refresh()
    assert.equal(introduction.status, 'requested')
  })
})
