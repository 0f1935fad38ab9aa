import { test } from '@japa/runner'
import type { HttpContext } from '@adonisjs/core/http'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import { DateTime } from 'luxon'
import Notification from '#models/notification'
import type User from '#models/user'
import AddTask from '#actions/deals/add_task'
import NotifyStaff from '#actions/notifications/notify_staff'
import RemindDueTasks from '#jobs/remind_due_tasks'
import { UserFactory } from '#database/factories/user_factory'
import { openDeal } from '#tests/helpers/deals'
import { queuedMails } from '#tests/helpers/outbox'
import { submitAs } from '#tests/helpers/requests'

/** The open deal each test here works on, owned by `owner`. */
function openDealOf(owner: User, title = 'Cold storage in Leskovac') {
  return openDeal(owner.id, title, { valueEur: 250_000 })
}

/** Every Transmit broadcast made while `run` runs, as the browsers' channels receive them. */
async function broadcastsDuring(run: () => Promise<unknown>) {
  const heard: { channel: string; payload: unknown }[] = []
  const stop = transmit.on('broadcast', (event) => {
    heard.push(event)
  })
  try {
    await run()
    // The broadcast follows the commit; give the event loop one turn.
    await new Promise((resolve) => setTimeout(resolve, 50))
  } finally {
    stop()
  }
  return heard
}

test.group('Notifications: the staff notification centre', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reassigned deal notifies its new owner, live on their own channel, and the bell counts it', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').merge({ fullName: 'Milica Jovanović' }).create()
    const nikola = await UserFactory.apply('staff').merge({ fullName: 'Nikola Đorđević' }).create()
    const deal = await openDealOf(milica)

    const heard = await broadcastsDuring(() =>
      client
        .post(`/crm/deals/${deal.id}/reassign`)
        .form({ ownerId: nikola.id })
        .loginAs(milica)
        .withCsrfToken()
        .redirects(0)
    )
    const mine = heard.filter((event) => event.channel === `notifications/${nikola.id}`)
    assert.lengthOf(mine, 1)
    assert.deepInclude(mine[0].payload as object, { kind: 'deal_assigned', dealId: deal.id })
    // The one who reassigned hears nothing about their own act.
    assert.isFalse(heard.some((event) => event.channel === `notifications/${milica.id}`))

    const page = await client.get('/crm/notifications').loginAs(nikola).withInertia()
    page.assertStatus(200)
    const bell = await client.get('/crm/notifications/unread').loginAs(nikola)
    assert.deepEqual(bell.body(), { unread: 1 })
    assert.equal(page.inertiaProps.unread, 1)
    const [notice] = page.inertiaProps.notifications
    assert.equal(notice.kind, 'deal_assigned')
    assert.equal(notice.dealId, deal.id)
    assert.equal(notice.data.dealTitle, 'Cold storage in Leskovac')
    assert.equal(notice.actorName, 'Milica Jovanović')
    assert.isNull(notice.readAt)

    // Milica cannot read Nikola's notification; Nikola marks it read.
    const foreign = await client
      .post(`/crm/notifications/${notice.id}/read`)
      .header('accept', 'application/json')
      .loginAs(milica)
      .withCsrfToken()
      .redirects(0)
    foreign.assertStatus(404)
    assert.isNull((await Notification.findOrFail(notice.id)).readAt)
    const read = await client
      .post(`/crm/notifications/${notice.id}/read`)
      .loginAs(nikola)
      .withCsrfToken()
      .redirects(0)
    read.assertStatus(302)
    assert.isNotNull((await Notification.findOrFail(notice.id)).readAt)
    const after = await client.get('/crm/notifications/unread').loginAs(nikola)
    assert.deepEqual(after.body(), { unread: 0 })
  })

  test('only the recipient may listen on their notification channel', async ({ assert }) => {
    const milica = await UserFactory.apply('staff').create()
    const nikola = await UserFactory.apply('staff').create()
    const investor = await UserFactory.create()
    // The check start/transmit.ts registers, as the subscribe endpoint runs it.
    const mayListen = (user: User | null, channel: string) =>
      transmit.getManager().verifyAccess(channel, { auth: { user } } as unknown as HttpContext)
    assert.isTrue(await mayListen(milica, `notifications/${milica.id}`))
    assert.isFalse(await mayListen(nikola, `notifications/${milica.id}`))
    assert.isFalse(await mayListen(investor, `notifications/${investor.id}`))
    assert.isFalse(await mayListen(null, `notifications/${milica.id}`))
  })

  test('@name in a note notifies the colleague in either script, and e-mails those who chose it', async ({
    client,
    assert,
  }) => {
    const petar = await UserFactory.apply('staff').merge({ fullName: 'Petar Petrović' }).create()
    const milica = await UserFactory.apply('staff').merge({ fullName: 'Милица Јовановић' }).create()
    const nikola = await UserFactory.apply('admin')
      .merge({ fullName: 'Nikola Đorđević', emailOnMention: true })
      .create()
    const investor = await UserFactory.merge({ fullName: 'Ana Investor' }).create()
    const deal = await openDealOf(petar, 'Vineyard near Negotin')

    const heard = await broadcastsDuring(() =>
      submitAs(client, petar, 'post', `/crm/deals/${deal.id}/activities`, {
        json: {
          kind: 'note',
          body: '@Milica please call the investor; cc @Никола Ђорђевић, @Petar, @Ana and ana@example.com',
        },
      })
    )
    const notices = await Notification.query().where('dealId', deal.id).orderBy('userId')
    assert.sameMembers(
      notices.map((notice) => notice.userId),
      [milica.id, nikola.id]
    )
    assert.isTrue(notices.every((notice) => notice.kind === 'mention'))
    assert.isTrue(notices.every((notice) => notice.actorId === petar.id))
    assert.match(String(notices[0].data.excerpt), /^@Milica please call/)
    assert.isFalse(notices.some((notice) => notice.userId === investor.id))
    assert.sameMembers(
      heard.map((event) => event.channel),
      [`notifications/${milica.id}`, `notifications/${nikola.id}`]
    )

    // Only Nikola asked for e-mail.
    const mails = await queuedMails('staff_mention')
    assert.lengthOf(mails, 1)
    const nikolasNotice = notices.find((notice) => notice.userId === nikola.id)!
    assert.deepEqual(mails[0].payload.args, { notificationId: nikolasNotice.id })
    const { mailBuilders } = await import('#mails/registry')
    const mail = await mailBuilders.staff_mention({ notificationId: nikolasNotice.id })
    assert.exists(mail)
  })

  test('a task coming due notifies its assignee once, however often the sweep runs', async ({
    assert,
  }) => {
    const owner = await UserFactory.apply('staff').create()
    const deal = await openDealOf(owner)
    const now = DateTime.fromISO('2026-12-01T09:00:00Z')
    await new AddTask().handle({
      deal,
      actor: owner,
      title: 'Send the land registry extract',
      dueAt: now.plus({ hours: 3 }),
    })
    await new RemindDueTasks().handle({ now: now.toISO()! })
    await new RemindDueTasks().handle({ now: now.plus({ minutes: 5 }).toISO()! })
    const notices = await Notification.query().where('userId', owner.id)
    assert.lengthOf(notices, 1)
    assert.equal(notices[0].kind, 'task_due')
    assert.equal(notices[0].data.taskTitle, 'Send the land registry extract')
    assert.equal(notices[0].data.dealTitle, 'Cold storage in Leskovac')
  })

  test('notify_staff: other parts (a reply received) notify staff only, once per event', async ({
    assert,
  }) => {
    const owner = await UserFactory.apply('staff').create()
    const partner = await UserFactory.apply('partner').create()
    const deal = await openDealOf(owner)
    const notice = {
      userIds: [owner.id, partner.id],
      kind: 'reply_received' as const,
      dealId: deal.id,
      data: { dealTitle: deal.title, from: 'Jelena, Niš' },
      key: 'reply:<abc@mail.example>',
    }
    const first = await new NotifyStaff().handle(notice)
    const again = await new NotifyStaff().handle(notice)
    assert.lengthOf(first, 1)
    assert.equal(first[0].userId, owner.id)
    assert.lengthOf(again, 0)
    assert.lengthOf(await Notification.query().where('dealId', deal.id), 1)
  })

  test('staff choose e-mail for mentions; junk is a field error; mark all read', async ({
    client,
    assert,
  }) => {
    const milica = await UserFactory.apply('staff').create()
    const deal = await openDealOf(milica)
    for (const key of ['a', 'b']) {
      await new NotifyStaff().handle({
        userIds: [milica.id],
        kind: 'reply_received',
        dealId: deal.id,
        data: { dealTitle: deal.title },
        key: `reply:${key}`,
      })
    }
    const saved = await submitAs(client, milica, 'post', '/crm/notifications/settings', {
      json: { emailOnMention: true },
    })
    saved.assertStatus(302)
    await milica.refresh()
    assert.isTrue(milica.emailOnMention)
    const junk = await submitAs(client, milica, 'post', '/crm/notifications/settings', {
      json: { emailOnMention: { $ne: 1 } },
      asJsonCaller: true,
    })
    junk.assertStatus(422)
    assert.equal(junk.body().errors[0].field, 'emailOnMention')

    await client.post('/crm/notifications/read').loginAs(milica).withCsrfToken().redirects(0)
    const page = await client.get('/crm/notifications').loginAs(milica).withInertia()
    assert.equal(page.inertiaProps.unread, 0)
    assert.lengthOf(page.inertiaProps.notifications, 2)

    const investor = await UserFactory.create()
    const forbidden = await client.get('/crm/notifications').loginAs(investor).redirects(0)
    assert.notEqual(forbidden.status(), 200)
  })
})
