import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditEntry from '#models/audit_entry'
import type Deal from '#models/deal'
import DealTask from '#models/deal_task'
import Interest from '#models/interest'
import Introduction from '#models/introduction'
import SentEmail from '#models/sent_email'
import FollowUpDeal from '#jobs/follow_up_deal'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { drainOutbox } from '#tests/helpers/outbox'
import type User from '#models/user'
import type { ApiClient } from '@japa/api-client'
import { submitAs } from '#tests/helpers/requests'
import { dealFromSnezanasInterest } from '#tests/helpers/deals'

async function dealReadyForIntroduction() {
  const { staff, investor, opportunity, deal } = await dealFromSnezanasInterest(
    { titleEn: 'Rehabilitation clinic' },
    {
      amountMinEur: 700_000,
      amountMaxEur: 1_500_000,
      message: 'I run a practice in Vienna.',
      contactChannel: 'video_call',
      contactLanguage: 'sr',
      consentToShareContact: true,
    }
  )
  return { staff, investor, opportunity, deal }
}

async function startIntroduction(client: ApiClient, staff: User, deal: Deal) {
  await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/introductions`)
  await drainOutbox()
  return Introduction.findByOrFail('dealId', deal.id)
}

function signed(name: 'introductions.accept' | 'introductions.decline', id: number) {
  return signedUrlFor(name, { id }, { expiresIn: '30 days', purpose: 'introduction' })
}

test.group('Introductions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('accept: both sides get each other’s details, the deal moves to Introduced', async ({
    client,
    assert,
  }) => {
    const { staff, investor, opportunity, deal } = await dealReadyForIntroduction()
    const introduction = await startIntroduction(client, staff, deal)
    assert.equal(introduction.status, 'requested')

    // The partner's request shows only the first name, never the e-mail.
    const request = await SentEmail.findByOrFail('toAddress', opportunity.contactEmail)
    assert.include(request.subject, 'Investitor iz dijaspore')
    assert.include(request.text ?? '', 'Snežana')
    assert.notInclude(request.text ?? '', investor.email)
    assert.include(request.text ?? '', '/introductions/')

    // Opening the link only shows the question (scanners open links too).
    const page = await client.get(signed('introductions.accept', introduction.id)).withInertia()
    page.assertInertiaComponent('deals/introductions/respond')
    assert.equal(page.inertiaProps.summary.investorFirstName, 'Snežana')
    assert.notInclude(JSON.stringify(page.inertiaProps), investor.email)
    await introduction.refresh()
    assert.equal(introduction.status, 'requested')

    await client.post(signed('introductions.accept', introduction.id)).withCsrfToken().redirects(0)
    await drainOutbox()
    await introduction.refresh()
    assert.equal(introduction.status, 'accepted')

    const toInvestor = await SentEmail.query().where('toAddress', investor.email).firstOrFail()
    assert.include(toInvestor.text ?? '', opportunity.contactEmail)
    const toPartner = await SentEmail.query()
      .where('toAddress', opportunity.contactEmail)
      .where('subject', 'like', 'Upoznavanje je ostvareno%')
      .firstOrFail()
    assert.include(toPartner.text ?? '', investor.email)

    await deal.refresh()
    await deal.load('stage')
    assert.equal(deal.stage.key, 'introduced')
    const interest = await Interest.findOrFail(deal.interestId!)
    assert.equal(interest.status, 'introduced')

    // Every step is on the timeline, e-mails included.
    const kinds = (await db.from('deal_activities').where('deal_id', deal.id)).map(
      (row) => row.kind
    )
    assert.includeMembers(kinds, ['interest', 'introduction', 'email', 'stage_change'])
    assert.equal(kinds.filter((kind) => kind === 'email').length, 3)

    // Answering again changes nothing and sends nothing.
    await client.post(signed('introductions.decline', introduction.id)).withCsrfToken().redirects(0)
    await drainOutbox()
    await introduction.refresh()
    assert.equal(introduction.status, 'accepted')
    assert.lengthOf(await SentEmail.query().where('toAddress', investor.email), 1)

    // How the partner answers is public on its page (the interest and the introduction).
    const publicPage = await client
      .get(
        `/organisations/${(await opportunity.related('organisation').query().firstOrFail()).slug}`
      )
      .withInertia()
    assert.equal(publicPage.inertiaProps.responsiveness.asked, 2)
    assert.equal(publicPage.inertiaProps.responsiveness.answered, 2)
    assert.equal(publicPage.inertiaProps.responsiveness.medianHours, 0)
  })

  test('decline: the owner is told, no details are shared', async ({ client, assert }) => {
    const { staff, investor, deal } = await dealReadyForIntroduction()
    const introduction = await startIntroduction(client, staff, deal)
    await client
      .post(signed('introductions.decline', introduction.id))
      .json({ reason: 'We already have an operator.' })
      .withCsrfToken()
      .redirects(0)
    await drainOutbox()
    await introduction.refresh()
    assert.equal(introduction.status, 'declined')
    assert.equal(introduction.declineReason, 'We already have an operator.')
    const toOwner = await SentEmail.query().where('toAddress', staff.email).firstOrFail()
    assert.include(toOwner.subject, 'Introduction declined')
    assert.lengthOf(await SentEmail.query().where('toAddress', investor.email), 0)
  })

  test('an accepted introduction moves the deal like a staff move: history, timeline, audit', async ({
    client,
    assert,
  }) => {
    const { staff, deal } = await dealReadyForIntroduction()
    const introduction = await startIntroduction(client, staff, deal)
    await deal.load('stage')
    const seenVersion = deal.lockVersion

    await client.post(signed('introductions.accept', introduction.id)).withCsrfToken().redirects(0)
    await drainOutbox()
    await deal.refresh()
    await deal.load('stage')
    assert.equal(deal.stage.key, 'introduced')
    // The optimistic lock moved on, as after any move.
    assert.equal(deal.lockVersion, seenVersion + 1)

    // The audit log names the move, by nobody (the system), from New to Introduced.
    const moves = await AuditEntry.query()
      .where({ action: 'deal.moved', subjectType: 'deal', subjectId: deal.id })
      .orderBy('id')
    assert.lengthOf(moves, 1)
    assert.isNull(moves[0].actorId)
    assert.equal(moves[0].before?.stage, 'New')
    assert.equal(moves[0].after?.stageId, deal.stageId)

    // Exactly one closed stay in New and one open stay in Introduced.
    const history = await db.from('deal_stage_history').where('deal_id', deal.id).orderBy('id')
    assert.lengthOf(history, 2)
    assert.isNotNull(history[0].exited_at)
    assert.equal(history[1].stage_id, deal.stageId)
    assert.isNull(history[1].exited_at)

    // The timeline says which stages, once.
    const changes = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'stage_change' })
    assert.lengthOf(changes, 1)
    assert.equal(changes[0].meta.toName, deal.stage.name)
    assert.isNull(changes[0].actor_id)

    // A staff move based on the version seen before the answer is refused, like any stale move.
    const late = await submitAs(client, staff, 'post', `/crm/deals/${deal.id}/move`, {
      json: { stageId: history[0].stage_id, lockVersion: seenVersion },
      referer: '/crm/pipeline',
    })
    late.assertFlashMessage(
      'error',
      'Someone else moved this deal in the meantime; the board now shows where it is.'
    )
    await deal.refresh()
    assert.equal(deal.stage.key, 'introduced')
  })

  test('a tampered or unsigned link is refused', async ({ client, assert }) => {
    const { staff, deal } = await dealReadyForIntroduction()
    const introduction = await startIntroduction(client, staff, deal)
    const url = signed('introductions.accept', introduction.id)
    const tampered = url.replace(
      `/introductions/${introduction.id}/`,
      `/introductions/${introduction.id + 1}/`
    )
    ;(await client.get(tampered)).assertStatus(403)
    ;(await client.get(`/introductions/${introduction.id}/accept`)).assertStatus(403)
    const post = await client
      .post(`/introductions/${introduction.id}/accept?signature=forged`)
      .withCsrfToken()
    post.assertStatus(403)
    await introduction.refresh()
    assert.equal(introduction.status, 'requested')
  })

  test('a reminder before the deadline and an alert after it', async ({ client, assert }) => {
    const { staff, opportunity, deal } = await dealReadyForIntroduction()
    const introduction = await startIntroduction(client, staff, deal)
    const pending = await db
      .from('outbox_messages')
      .where('job_name', 'introductions:check-response')
      .orderBy('id')
    assert.deepEqual(
      pending.map((row) => row.payload.phase),
      ['reminder', 'overdue']
    )
    // The reminder is due the day before the deadline, the alert at the deadline.
    assert.isBelow(new Date(pending[0].available_at).getTime(), introduction.dueAt.toMillis())
    await drainOutbox({ includeDelayed: true })
    const reminders = await SentEmail.query()
      .where('toAddress', opportunity.contactEmail)
      .where('subject', 'like', 'Podsetnik%')
    assert.lengthOf(reminders, 1)
    const alerts = await SentEmail.query()
      .where('toAddress', staff.email)
      .where('subject', 'like', 'No answer from the partner%')
    assert.lengthOf(alerts, 1)
  })

  test('the follow-up fires when nothing was logged, and not when something was', async ({
    client,
    assert,
  }) => {
    const { staff, deal } = await dealReadyForIntroduction()
    const since = DateTime.now().minus({ days: 7 })
    const job = new FollowUpDeal()
    const at = since.plus({ days: 7 }).toISO()!

    assert.deepEqual(await job.handle({ dealId: deal.id, since: since.toISO()!, now: at }), {
      reminded: true,
    })
    // Run twice (a retry): still one task, one e-mail.
    await job.handle({ dealId: deal.id, since: since.toISO()!, now: at })
    await drainOutbox()
    assert.lengthOf(await DealTask.query().where('dealId', deal.id), 1)
    assert.lengthOf(
      await SentEmail.query()
        .where('toAddress', staff.email)
        .where('subject', 'like', 'Follow up%'),
      1
    )

    // Another deal where the owner logged a call after the introduction.
    const other = await dealReadyForIntroduction()
    const introducedAt = DateTime.now().minus({ days: 7 })
    await submitAs(client, other.staff, 'post', `/crm/deals/${other.deal.id}/activities`, {
      json: { kind: 'call', body: 'Called both sides, meeting next week.' },
    })
    assert.deepEqual(
      await job.handle({ dealId: other.deal.id, since: introducedAt.toISO()!, now: at }),
      { reminded: false }
    )
    assert.lengthOf(await DealTask.query().where('dealId', other.deal.id), 0)
  })
})
