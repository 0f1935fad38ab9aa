import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import { BaseMail } from '@adonisjs/mail'
import CrmNoticeMail from '#mails/crm_notice_mail'
import SendEmail from '#jobs/send_email'
import { deliverMails, messageIdFor } from '#services/mailer'
import { batchMailDelivery, unbatchMailDelivery } from '#services/mail_batch'
import { dealWithOwner } from '#tests/helpers/deals'

/** Counts what actually reaches the transport while `run` runs. */
async function transportSends(run: () => Promise<unknown>) {
  const subjects: string[] = []
  const listener = (event: { message: { subject?: string } }) =>
    subjects.push(String(event.message.subject))
  emitter.on('mail:sent', listener)
  try {
    await run()
  } finally {
    emitter.off('mail:sent', listener)
  }
  return subjects
}

/** An e-mail whose template does not exist: building works, sending (rendering) fails. */
class UnrenderableMail extends BaseMail {
  subject = 'Unrenderable'
  prepare() {
    this.message.to('nobody@most.test').htmlView('emails/no_such_template')
  }
}

/** An e-mail that cannot even be built. */
class UnbuildableMail extends BaseMail {
  prepare(): void {
    throw new Error('no recipient to be found')
  }
}

const sentRows = (key: string) => db.from('sent_emails').where('dedupe_key', key)
const timelineRows = (key: string) =>
  db.from('deal_activities').where({ dedupe_key: `email:${key}`, kind: 'email' })

test.group('Mail delivered in batches', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a batch sends a key once: the duplicate waits, each e-mail is recorded and on the timeline once', async ({
    assert,
  }) => {
    const { owner, deal } = await dealWithOwner()
    const notice = (title: string) =>
      new CrmNoticeMail(owner, 'en', 'follow_up', { title }, 'http://localhost/crm')
    const first = `batch-test:${deal.id}:first`
    const second = `batch-test:${deal.id}:second`
    const mails = [
      { message: notice('First'), key: first, dealId: deal.id },
      { message: notice('Second'), key: second, dealId: deal.id },
      { message: notice('First again'), key: first, dealId: deal.id },
    ]

    let outcomes: Awaited<ReturnType<typeof deliverMails>> = []
    const sends = await transportSends(async () => (outcomes = await deliverMails(mails)))
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['sent', 'sent', 'deferred']
    )
    assert.lengthOf(sends, 2)
    for (const key of [first, second]) {
      const rows = await sentRows(key)
      assert.lengthOf(rows, 1)
      assert.equal(rows[0].message_id, messageIdFor(key))
      assert.equal(rows[0].to_address, owner.email)
      assert.notEqual(rows[0].subject, '(sending)')
      assert.include(rows[0].text, key === first ? 'First' : 'Second')
      assert.lengthOf(await timelineRows(key), 1)
    }
    // The second e-mail to the same person about the same deal continues the first's thread.
    const threaded = mails[1].message.message.toJSON().message
    assert.equal(threaded.inReplyTo, messageIdFor(first))

    // The deferred copy, run again (as the batcher does), finds its key taken: nothing more.
    const again = await transportSends(async () => {
      const [outcome] = await deliverMails([mails[2]])
      assert.equal(outcome.status, 'taken')
    })
    assert.lengthOf(again, 0)
    assert.lengthOf(await sentRows(first), 1)
    assert.lengthOf(await timelineRows(first), 1)
  })

  test('an e-mail failing in a batch fails alone: the others are recorded, its key stays free and its retry sends it once', async ({
    assert,
  }) => {
    const { owner, deal } = await dealWithOwner()
    const notice = () =>
      new CrmNoticeMail(owner, 'en', 'follow_up', { title: 'Pirot' }, 'http://localhost/crm')
    const keys = ['ok-1', 'unrenderable', 'ok-2', 'unbuildable'].map(
      (name) => `batch-fail-test:${deal.id}:${name}`
    )
    const outcomes = await deliverMails([
      { message: notice(), key: keys[0], dealId: deal.id },
      { message: new UnrenderableMail(), key: keys[1], dealId: deal.id },
      { message: notice(), key: keys[2], dealId: deal.id },
      { message: new UnbuildableMail(), key: keys[3], dealId: deal.id },
    ])
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['sent', 'failed', 'sent', 'failed']
    )
    for (const key of [keys[0], keys[2]]) {
      assert.lengthOf(await sentRows(key), 1)
      assert.lengthOf(await timelineRows(key), 1)
    }
    for (const key of [keys[1], keys[3]]) {
      assert.lengthOf(await sentRows(key), 0, `${key} is not claimed`)
      assert.lengthOf(await timelineRows(key), 0)
    }

    // The retry (the job runs again, its e-mail now fine) sends it, once.
    const retried = await transportSends(async () => {
      const [outcome] = await deliverMails([{ message: notice(), key: keys[1], dealId: deal.id }])
      assert.equal(outcome.status, 'sent')
      const [twice] = await deliverMails([{ message: notice(), key: keys[1], dealId: deal.id }])
      assert.equal(twice.status, 'taken')
    })
    assert.lengthOf(retried, 1)
    assert.lengthOf(await sentRows(keys[1]), 1)
    assert.lengthOf(await timelineRows(keys[1]), 1)
  })

  test('in the worker, concurrent e-mail jobs share batches: a key sent twice goes out once, a job that fails fails alone', async ({
    assert,
    cleanup,
  }) => {
    batchMailDelivery({ maxSize: 10, maxWaitMs: 5, maxInFlight: 1 })
    cleanup(() => unbatchMailDelivery())
    const { deal } = await dealWithOwner()
    const job = (key: string, dealId = deal.id) =>
      new SendEmail().handle({
        mail: 'crm_notice',
        args: { notice: 'follow_up', dealId },
        key,
        dealId,
      })
    const twice = `batch-job-test:${deal.id}:twice`
    const once = `batch-job-test:${deal.id}:once`
    const missing = `batch-job-test:${deal.id}:missing-deal`

    let results: PromiseSettledResult<unknown>[] = []
    const sends = await transportSends(async () => {
      results = await Promise.allSettled([job(twice), job(once), job(twice), job(missing, 0)])
    })
    const [a, b, c, d] = results
    assert.equal(b.status, 'fulfilled')
    assert.deepEqual((b as PromiseFulfilledResult<unknown>).value, { sent: true })
    // The same key twice: exactly one of the two jobs sent it.
    assert.sameMembers(
      [a, c].map((result) => (result as PromiseFulfilledResult<{ sent: boolean }>).value.sent),
      [true, false]
    )
    // The job whose deal does not exist failed alone (BullMQ would retry it).
    assert.equal(d.status, 'rejected')
    assert.lengthOf(sends, 2)
    for (const key of [twice, once]) {
      assert.lengthOf(await sentRows(key), 1)
      assert.lengthOf(await timelineRows(key), 1)
    }
    assert.lengthOf(await sentRows(missing), 0)
  })
})
