import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import CheckOpportunityFreshness from '#jobs/check_opportunity_freshness'
import OpportunityTransition from '#models/opportunity_transition'
import SentEmail from '#models/sent_email'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { submitAs } from '#tests/helpers/requests'

test.group('Freshness job', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('reminds 14 and 3 days before, once each, then pauses after 90 days', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { confirmedDaysAgo: 0 })
    const confirmed = DateTime.now()
    opportunity.confirmedAt = confirmed
    await opportunity.save()
    const job = new CheckOpportunityFreshness()
    // Each run queues its e-mails; the mail job (drained here) sends them.
    const run = async (days: number) => {
      const result = await job.handle({ now: confirmed.plus({ days }).toISO()! })
      await drainOutbox()
      return result
    }

    assert.deepEqual(await run(70), { paused: 0, reminded: 0 })
    assert.deepEqual(await run(77), { paused: 0, reminded: 1 })
    // Running again the same day (a retried job) queues and sends nothing twice.
    assert.deepEqual(await run(77), { paused: 0, reminded: 0 })
    assert.lengthOf(await queuedMails('freshness_reminder'), 1)
    assert.deepEqual(await run(88), { paused: 0, reminded: 1 })
    const reminders = await SentEmail.query().where('toAddress', user.email).orderBy('id')
    assert.deepEqual(
      reminders.map((mail) => mail.subject),
      [
        `Is “${opportunity.titleEn}” still current? Please confirm within 13 days`,
        `Is “${opportunity.titleEn}” still current? Please confirm within 2 days`,
      ]
    )

    assert.deepEqual(await run(91), { paused: 1, reminded: 0 })
    assert.deepEqual(await run(92), { paused: 0, reminded: 0 })
    assert.lengthOf(await queuedMails('opportunity_paused'), 1)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'paused')
    assert.isTrue(opportunity.pausedForFreshness)
    const step = await OpportunityTransition.query()
      .where('opportunityId', opportunity.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.deepEqual(
      [step.fromStatus, step.toStatus, step.actorId, step.reason],
      ['published', 'paused', null, 'freshness']
    )
    const paused = await SentEmail.query()
      .where('toAddress', user.email)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(paused.subject, `Paused: ${opportunity.titleEn}`)
    assert.lengthOf(await SentEmail.query().where('toAddress', user.email), 3)

    // Investors no longer find it; the partner brings it back by confirming.
    const search = await client.get('/api/v1/opportunities')
    assert.equal(search.body().metadata.total, 0)
    await submitAs(client, user, 'post', `/partner/opportunities/${opportunity.id}/reconfirm`)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'published')
    assert.isFalse(opportunity.pausedForFreshness)
    assert.isNull(opportunity.freshnessReminderDays)
  })

  test('an owner-paused listing is not re-published by re-confirming', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'paused' })
    const response = await submitAs(
      client,
      user,
      'post',
      `/partner/opportunities/${opportunity.id}/reconfirm`,
      { asJsonCaller: true, follow: true }
    )
    response.assertStatus(403)
    await opportunity.refresh()
    assert.equal(opportunity.status, 'paused')
    assert.isFalse(opportunity.pausedForFreshness)
  })
})
