import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import DealActivity from '#models/deal_activity'
import SentEmail from '#models/sent_email'
import AddTask from '#actions/deals/add_task'
import RemindDueTasks from '#jobs/remind_due_tasks'
import { UserFactory } from '#database/factories/user_factory'
import { openDeal } from '#tests/helpers/deals'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import type User from '#models/user'

/** The open deal each test here works on, owned by `owner`. */
function openDealOf(owner: User, title = 'Cold storage in Leskovac') {
  return openDeal(owner.id, title, { valueEur: 250_000 })
}

test.group('Task-due reminders', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  // The job's clock is its `now`; tasks are placed relative to it.
  const now = DateTime.fromISO('2026-12-01T09:00:00Z')
  const job = new RemindDueTasks()
  const runAt = async (at: DateTime) => {
    const result = await job.handle({ now: at.toISO()! })
    await drainOutbox()
    return result
  }

  test('a task due within a day is reminded once: e-mail to the assignee and a timeline entry', async ({
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await openDealOf(staff)
    const task = await new AddTask().handle({
      deal,
      actor: staff,
      title: 'Call the investor about the site visit',
      dueAt: now.plus({ hours: 20 }),
    })

    assert.deepEqual(await job.handle({ now: now.toISO()! }), { reminded: 1 })
    const [queued] = await queuedMails('task_due')
    assert.deepEqual(queued.payload.args, { taskId: task.id, dueAt: task.dueAt.toISO() })
    assert.equal(queued.payload.dealId, deal.id)
    await drainOutbox()

    const mails = await SentEmail.query().where('toAddress', staff.email)
    assert.lengthOf(mails, 1)
    assert.equal(mails[0].subject, 'Task due: Call the investor about the site visit')
    assert.include(mails[0].text!, `/crm/deals/${deal.id}`)

    const timeline = await DealActivity.query().where('dealId', deal.id).orderBy('id')
    assert.deepEqual(
      timeline.map((entry) => entry.kind),
      ['task', 'email']
    )
    assert.equal(timeline[0].body, `Call the investor about the site visit → ${staff.fullName}`)
    assert.deepInclude(timeline[0].meta, { taskId: task.id, reminder: true })

    // The next hourly run, and a retry of this one, find nothing new.
    assert.deepEqual(await runAt(now.plus({ hours: 1 })), { reminded: 0 })
    assert.deepEqual(await runAt(now), { reminded: 0 })
    assert.lengthOf(await queuedMails('task_due'), 1)
    assert.lengthOf(await SentEmail.query().where('toAddress', staff.email), 1)
    assert.lengthOf(await DealActivity.query().where({ dealId: deal.id, kind: 'task' }), 1)
  })

  test('done tasks and tasks due later are left alone; overdue ones are reminded', async ({
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await openDealOf(staff)
    const add = (title: string, dueAt: DateTime) =>
      new AddTask().handle({ deal, actor: staff, title, dueAt })
    const done = await add('Send the land registry extract', now.plus({ hours: 2 }))
    done.doneAt = now
    await done.save()
    await add('Prepare the due diligence list', now.plus({ days: 3 }))
    const overdue = await add('Confirm the meeting room', now.minus({ days: 2 }))

    assert.deepEqual(await runAt(now), { reminded: 1 })
    const queued = await queuedMails('task_due')
    assert.deepEqual(
      queued.map((row) => row.payload.args.taskId),
      [overdue.id]
    )
    const mails = await SentEmail.query().where('toAddress', staff.email)
    assert.deepEqual(
      mails.map((mail) => mail.subject),
      ['Task due: Confirm the meeting room']
    )
  })

  test('moving the due date earns a new reminder', async ({ assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await openDealOf(staff)
    const task = await new AddTask().handle({
      deal,
      actor: staff,
      title: 'Visit the industrial zone',
      dueAt: now.plus({ hours: 3 }),
    })
    assert.deepEqual(await runAt(now), { reminded: 1 })

    task.dueAt = now.plus({ days: 2 })
    await task.save()
    // Not due yet under the new date...
    assert.deepEqual(await runAt(now.plus({ hours: 4 })), { reminded: 0 })
    // ...then once when it is.
    assert.deepEqual(await runAt(now.plus({ days: 1, hours: 2 })), { reminded: 1 })
    assert.deepEqual(await runAt(now.plus({ days: 1, hours: 3 })), { reminded: 0 })

    assert.lengthOf(await SentEmail.query().where('toAddress', staff.email), 2)
    const reminders = await DealActivity.query().where({ dealId: deal.id, kind: 'task' })
    assert.lengthOf(reminders, 2)
  })

  test('a task done before the e-mail job runs sends nothing', async ({ assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const deal = await openDealOf(staff)
    const task = await new AddTask().handle({
      deal,
      actor: staff,
      title: 'Call the notary',
      dueAt: now.plus({ hours: 1 }),
    })
    assert.deepEqual(await job.handle({ now: now.toISO()! }), { reminded: 1 })
    task.doneAt = now
    await task.save()
    await drainOutbox()
    assert.lengthOf(await SentEmail.query().where('toAddress', staff.email), 0)
  })

  test('the reminder is written in the assignee’s language', async ({ assert }) => {
    const owner = await UserFactory.apply('staff').create()
    const assignee = await UserFactory.apply('staff').merge({ locale: 'sr-Cyrl' }).create()
    const deal = await openDealOf(owner)
    await new AddTask().handle({
      deal,
      actor: owner,
      title: 'Позвати инвеститора',
      dueAt: now.plus({ hours: 5 }),
      assigneeId: assignee.id,
    })
    await runAt(now)
    const mail = await SentEmail.findByOrFail('toAddress', assignee.email)
    assert.equal(mail.subject, 'Задатак истиче: Позвати инвеститора')
    assert.isNull(await SentEmail.findBy('toAddress', owner.email))
  })
})
