import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import OpportunityQuestion from '#models/opportunity_question'
import { responseTimes } from '#actions/deals/introductions/response_times'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'
import { listingAndInvestor } from '#tests/helpers/marketplace'
import { mailBuilders } from '#mails/registry'
import { queuedMails } from '#tests/helpers/outbox'

type Question = { id: number; body: string; answerEn: string | null; answerSr: string | null }

test.group('Questions and answers on a listing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('investors ask publicly or privately; the answer shows on the listing; staff hide', async ({
    client,
    assert,
  }) => {
    const { investor, partner, opportunity } = await listingAndInvestor()
    const other = await UserFactory.create()
    const ask = (body: string, visibility: string, asker = investor) =>
      submitAs(client, asker, 'post', `/opportunities/${opportunity.slug}/questions`, {
        json: { body, visibility },
      })

    const before = await countRows('opportunity_questions')
    const bad = await submitAs(
      client,
      investor,
      'post',
      `/opportunities/${opportunity.slug}/questions`,
      {
        json: { body: 'Why?', visibility: 'everyone' },
        asJsonCaller: true,
      }
    )
    bad.assertStatus(422)
    assert.deepEqual(await countRows('opportunity_questions'), before)
    const byPartner = await submitAs(
      client,
      partner,
      'post',
      `/opportunities/${opportunity.slug}/questions`,
      {
        json: { body: 'Can a partner ask itself?', visibility: 'public' },
        asJsonCaller: true,
        follow: true,
      }
    )
    byPartner.assertStatus(403)

    await ask('Is the land already zoned for industry?', 'public')
    await ask('What would my share be for 300,000 EUR?', 'private')
    const [publicQuestion, privateQuestion] = await OpportunityQuestion.query()
      .where('opportunityId', opportunity.id)
      .orderBy('id')
    // The listing's contact person hears of each question (its response clock runs).
    assert.lengthOf(await queuedMails('question_asked'), 2)
    const asked = await mailBuilders.question_asked({ questionId: privateQuestion.id })
    asked!.prepare()
    const askedMessage = asked!.message.toJSON().message
    assert.deepEqual(askedMessage.to, [
      { address: opportunity.contactEmail, name: opportunity.contactName },
    ])
    assert.include(askedMessage.text as string, 'What would my share be for 300,000 EUR?')

    // Unanswered: the asker sees both of theirs, nobody else sees any.
    const visitorPage = async (viewer?: typeof investor) => {
      const request = client.get(`/opportunities/${opportunity.slug}`)
      if (viewer) request.loginAs(viewer)
      const page = await request.withInertia()
      return page.inertiaProps.questions as Question[]
    }
    assert.lengthOf(await visitorPage(investor), 2)
    assert.lengthOf(await visitorPage(other), 0)

    // Another organisation's partner cannot answer; an empty answer is refused.
    const { user: stranger } = await createPartner()
    const foreign = await submitAs(
      client,
      stranger,
      'post',
      `/partner/questions/${publicQuestion.id}/answer`,
      {
        json: { answerEn: 'Yes.' },
        asJsonCaller: true,
      }
    )
    foreign.assertStatus(403)
    const empty = await submitAs(
      client,
      partner,
      'post',
      `/partner/questions/${publicQuestion.id}/answer`,
      {
        json: { answerEn: '', answerSr: '' },
        asJsonCaller: true,
      }
    )
    empty.assertStatus(422)

    for (const question of [publicQuestion, privateQuestion]) {
      await submitAs(client, partner, 'post', `/partner/questions/${question.id}/answer`, {
        json: { answerEn: 'Yes, zoned since 2024.', answerSr: 'Da, od 2024. godine.' },
      })
    }
    // The asker hears of the first answer, once: an edit sends nothing more.
    await submitAs(client, partner, 'post', `/partner/questions/${publicQuestion.id}/answer`, {
      json: { answerEn: 'Yes, zoned since 2024.', answerSr: 'Da, od 2024. godine.' },
    })
    assert.lengthOf(await queuedMails('question_answered'), 2)
    const answered = await mailBuilders.question_answered({ questionId: publicQuestion.id })
    answered!.prepare()
    const answeredMessage = answered!.message.toJSON().message
    assert.deepEqual(answeredMessage.to, [{ address: investor.email, name: investor.fullName }])
    assert.include(
      answeredMessage.text as string,
      investor.locale.startsWith('sr') ? 'Da, od 2024. godine.' : 'Yes, zoned since 2024.'
    )
    // The public answer shows to everyone, in both languages (the page picks the reader's);
    // the private one only to its asker.
    const shown = await visitorPage()
    assert.deepEqual(
      shown.map((row) => [row.id, row.answerEn, row.answerSr]),
      [[publicQuestion.id, 'Yes, zoned since 2024.', 'Da, od 2024. godine.']]
    )
    assert.lengthOf(await visitorPage(investor), 2)

    // Staff hide the public question: gone from the listing and from the moderation's work.
    const staff = await UserFactory.apply('staff').create()
    const list = await client.get('/staff/questions').loginAs(staff).withInertia()
    assert.lengthOf(list.inertiaProps.questions, 2)
    ;(
      await submitAs(client, partner, 'post', `/staff/questions/${publicQuestion.id}/hide`, {
        asJsonCaller: true,
        follow: true,
      })
    ).assertStatus(403)
    await submitAs(client, staff, 'post', `/staff/questions/${publicQuestion.id}/hide`)
    assert.lengthOf(await visitorPage(), 0)
    const audit = await db
      .from('audit_entries')
      .where({ action: 'opportunity.question_hidden', subject_id: publicQuestion.id })
    assert.lengthOf(audit, 1)
  })

  test("a question left unanswered moves the partner's response time", async ({
    client,
    assert,
  }) => {
    const { investor, partner, organisation, opportunity } = await listingAndInvestor()
    const figure = async () => (await responseTimes([organisation.id])).get(organisation.id)

    // Answered four hours after it was asked, ten days ago.
    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/questions`, {
      json: { body: 'How far is the nearest motorway exit?', visibility: 'public' },
    })
    const answered = await OpportunityQuestion.findByOrFail('opportunityId', opportunity.id)
    const asked = DateTime.now().minus({ days: 10 })
    await db
      .from('opportunity_questions')
      .where('id', answered.id)
      .update({
        created_at: asked.toJSDate(),
        due_at: asked.plus({ days: 5 }).toJSDate(),
        answered_at: asked.plus({ hours: 4 }).toJSDate(),
        answer_en: 'Four kilometres.',
      })
    assert.deepEqual(await figure(), { medianHours: 4, answered: 1, open: 0, overdue: 0 })

    // A new question: open, not yet due; the figure counts it as open.
    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/questions`, {
      json: { body: 'Is there gas on the plot?', visibility: 'private' },
    })
    assert.deepEqual(await figure(), { medianHours: 4, answered: 1, open: 1, overdue: 0 })

    // Six days later, still unanswered and past its deadline: it counts with the 144 hours
    // it has waited, and the median moves from 4 to 74 hours.
    const waiting = await OpportunityQuestion.query()
      .where('opportunityId', opportunity.id)
      .whereNull('answeredAt')
      .firstOrFail()
    await db
      .from('opportunity_questions')
      .where('id', waiting.id)
      .update({
        created_at: DateTime.now().minus({ hours: 144 }).toJSDate(),
        due_at: DateTime.now().minus({ days: 1 }).toJSDate(),
      })
    assert.deepEqual(await figure(), { medianHours: 74, answered: 1, open: 1, overdue: 1 })
    const publicPage = await client.get(`/organisations/${organisation.slug}`).withInertia()
    assert.equal(publicPage.inertiaProps.responsiveness.medianHours, 74)

    // Answered now: 144 hours to answer, nothing open.
    await submitAs(client, partner, 'post', `/partner/questions/${waiting.id}/answer`, {
      json: { answerSr: 'Da, priključak je na parceli.' },
    })
    assert.deepEqual(await figure(), { medianHours: 74, answered: 2, open: 0, overdue: 0 })
  })
})
