import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { request as httpRequest } from 'node:http'
import env from '#start/env'
import DealActivity from '#models/deal_activity'
import InboundMail from '#models/inbound_mail'
import { responseTimes } from '#actions/deals/introductions/response_times'
import { dealReplyAddress } from '#services/reply_address'
import { signInboundMail } from '#services/inbound_mail_signature'
import { UserFactory } from '#database/factories/user_factory'
import { clearTestRedisKeys } from '#tests/helpers/redis'
import { submitAs } from '#tests/helpers/requests'
import {
  dealWithOpenIntroduction,
  exeBytes,
  partnerReply,
  rawMessage,
} from '#tests/helpers/inbound_mail'

const SECRET = env.get('INBOUND_MAIL_SECRET')!

interface Post {
  body: Buffer
  recipients?: string
  timestamp?: number
  signature?: string | null
  contentType?: string
  /** Declare this Content-Length and send only the first MB (the server answers first). */
  declaredLength?: number
  chunked?: boolean
}

/** POST /webhooks/inbound-mail as a provider does, signed unless told otherwise. */
function postMail(options: Post) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const recipients = options.recipients ?? ''
  const signature =
    options.signature === undefined
      ? signInboundMail(SECRET, { timestamp, recipients, body: options.body })
      : options.signature
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'message/rfc822',
    'accept': 'application/json',
    'x-most-timestamp': String(timestamp),
    'x-most-recipients': recipients,
  }
  if (signature) headers['x-most-signature'] = signature
  if (options.declaredLength) headers['content-length'] = String(options.declaredLength)
  else if (options.chunked) headers['transfer-encoding'] = 'chunked'
  else headers['content-length'] = String(options.body.length)

  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: env.get('HOST'),
        port: env.get('PORT'),
        path: '/webhooks/inbound-mail',
        method: 'POST',
        headers,
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          req.destroy()
          let body: unknown = text
          try {
            body = JSON.parse(text)
          } catch {
            // Not JSON: the test reads the text.
          }
          resolve({ status: res.statusCode!, body })
        })
      }
    )
    // The server may answer (413) before it read the body and close the connection.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    if (options.declaredLength) {
      req.write(options.body.subarray(0, 1024 * 1024))
    } else if (options.chunked) {
      // Chunk after chunk, waiting for the socket, until the body is out or the server answered.
      const writeAll = async () => {
        for (let offset = 0; offset < options.body.length; offset += 1024 * 1024) {
          if (req.destroyed) return
          const chunk = options.body.subarray(offset, offset + 1024 * 1024)
          if (!req.write(chunk)) {
            await new Promise<void>((resume) => {
              const done = () => {
                req.off('drain', done)
                req.off('close', done)
                resume()
              }
              req.once('drain', done)
              req.once('close', done)
            })
          }
        }
        if (!req.destroyed) req.end()
      }
      void writeAll()
    } else {
      req.end(options.body)
    }
  })
}

test.group('Inbound e-mail over HTTP (raw MIME)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  const clearLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inbound_mail*`)
  group.each.setup(clearLimits)
  group.teardown(clearLimits)

  test("a signed partner reply lands on its deal and in the partner's median", async ({
    assert,
  }) => {
    const { deal, introduction, organisation, opportunity } = await dealWithOpenIntroduction()
    const address = dealReplyAddress(deal.id)
    const body = await rawMessage(partnerReply(opportunity.contactEmail, address))

    const first = await postMail({ body, recipients: address })
    assert.equal(first.status, 202, JSON.stringify(first.body))
    assert.equal(first.body.received[0].status, 'matched')
    const mail = await InboundMail.findOrFail(first.body.received[0].id)
    assert.equal(mail.dealId, deal.id)
    assert.equal(mail.source, 'http')
    const line = await DealActivity.query()
      .where({ dealId: deal.id, kind: 'email_received' })
      .firstOrFail()
    assert.equal(line.body, 'Rado ćemo se sastati sledeće nedelje.\nŠaljem plan objekta.')
    await introduction.refresh()
    assert.isNotNull(introduction.respondedAt)
    assert.equal((await responseTimes([organisation.id])).get(organisation.id)!.medianHours, 5)

    // A provider's redelivery stores nothing twice.
    const again = await postMail({ body, recipients: address })
    assert.equal(again.status, 202)
    assert.equal(again.body.received[0].id, mail.id)
    assert.lengthOf(await InboundMail.all(), 1)

    // Without the envelope header, the To header names the deal.
    const headersOnly = await rawMessage({
      ...partnerReply(opportunity.contactEmail, address),
      messageId: '<another@partner.example>',
    })
    const viaHeaders = await postMail({ body: headersOnly })
    assert.equal(viaHeaders.status, 202)
    assert.equal(viaHeaders.body.received[0].status, 'matched')
  })

  test('bad, missing, replayed or misapplied signatures are 401; nothing is stored', async ({
    assert,
  }) => {
    const { deal, opportunity } = await dealWithOpenIntroduction()
    const address = dealReplyAddress(deal.id)
    const body = await rawMessage(partnerReply(opportunity.contactEmail, address))
    const now = Math.floor(Date.now() / 1000)

    const wrongSecret = signInboundMail('not-the-secret', {
      timestamp: now,
      recipients: address,
      body,
    })
    assert.equal(
      (await postMail({ body, recipients: address, signature: wrongSecret })).status,
      401
    )
    assert.equal((await postMail({ body, recipients: address, signature: null })).status, 401)
    assert.equal((await postMail({ body, recipients: address, signature: 'v1=zz' })).status, 401)
    // Signed an hour ago: a recorded request played back.
    assert.equal((await postMail({ body, recipients: address, timestamp: now - 3600 })).status, 401)
    // The signature covers the recipients: pointing a signed mail at another deal fails.
    const signed = signInboundMail(SECRET, { timestamp: now, recipients: address, body })
    const redirected = await postMail({
      body,
      recipients: dealReplyAddress(deal.id + 1),
      timestamp: now,
      signature: signed,
    })
    assert.equal(redirected.status, 401)
    // …and the body.
    const tampered = Buffer.concat([body, Buffer.from('\r\nP.S. extra')])
    assert.equal(
      (await postMail({ body: tampered, recipients: address, timestamp: now, signature: signed }))
        .status,
      401
    )
    assert.lengthOf(await InboundMail.all(), 0)
  })

  test('forged tokens are unmatched; too large is 413, a program 422, other types 415', async ({
    assert,
  }) => {
    const { deal, opportunity } = await dealWithOpenIntroduction()
    const forgedAddress = dealReplyAddress(deal.id).replace(/-[0-9a-f]+@/, '-0123456789abcdef0123@')
    const forged = await postMail({
      body: await rawMessage(partnerReply(opportunity.contactEmail, forgedAddress)),
      recipients: forgedAddress,
    })
    assert.equal(forged.status, 202)
    assert.deepEqual(
      (await InboundMail.all()).map((mail) => [mail.status, mail.unmatchedReason, mail.dealId]),
      [['unmatched', 'forged_token', null]]
    )

    const program = await postMail({
      body: await rawMessage({
        ...partnerReply(opportunity.contactEmail, dealReplyAddress(deal.id)),
        attachments: [{ filename: 'update.exe', content: exeBytes }],
      }),
      recipients: dealReplyAddress(deal.id),
    })
    assert.equal(program.status, 422)
    assert.equal(program.body.error, 'executable')

    const huge = Buffer.alloc(30 * 1024 * 1024, 65)
    // Declared too large: refused before a byte is read.
    assert.equal((await postMail({ body: huge, declaredLength: huge.length })).status, 413)
    // Chunked, no length given: refused once the limit is passed.
    assert.equal((await postMail({ body: huge, chunked: true })).status, 413)

    const json = await postMail({ body: Buffer.from('{}'), contentType: 'application/json' })
    assert.equal(json.status, 415)
    const text = await postMail({ body: Buffer.from('hello'), contentType: 'text/plain' })
    assert.equal(text.status, 415)

    // Not a message at all: refused, not a 500.
    const garbage = await postMail({ body: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]) })
    assert.include([202, 422], garbage.status)
    assert.lengthOf(await InboundMail.query().where('status', 'matched'), 0)
  })
})

test.group('Received e-mail in the CRM', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*inbound_mail*`))

  test('staff see unmatched mail and file it on a deal; it then counts as the answer', async ({
    client,
    assert,
  }) => {
    const { staff, deal, introduction, organisation, opportunity } =
      await dealWithOpenIntroduction()
    const unknown = 'partner-old-thread@reply.most.test'
    await postMail({
      body: await rawMessage({
        ...partnerReply(opportunity.contactEmail, unknown),
        subject: '<img src=x onerror=alert(1)> Re: plan',
      }),
      recipients: unknown,
    })
    const mail = await InboundMail.findByOrFail('recipient', unknown)
    assert.equal(mail.unmatchedReason, 'unknown_address')

    const list = await client.get('/crm/mail').loginAs(staff).withInertia()
    list.assertStatus(200)
    list.assertInertiaComponent('deals/mail/index')
    assert.deepEqual(
      list.inertiaProps.mails.map((row: { id: number }) => row.id),
      [mail.id]
    )
    assert.match(list.inertiaProps.filingAddress, /^file\+\d+-[0-9a-f]{20}@reply\.most\.test$/)
    assert.equal(list.inertiaProps.counts.unmatched, 1)

    const page = await client.get(`/crm/mail/${mail.id}`).loginAs(staff).withInertia()
    page.assertInertiaComponent('deals/mail/show')
    assert.equal(page.inertiaProps.mail.body, mail.body)
    assert.include(page.inertiaProps.mail.quoted, '> Investitor')
    assert.notProperty(page.inertiaProps.mail.attachments[0], 'filePath')
    // The sender is the listing's partner contact: their deal is suggested.
    assert.deepEqual(
      page.inertiaProps.suggestions.map((row: { id: number }) => row.id),
      [deal.id]
    )
    // The whole HTML page never carries the subject's markup unescaped.
    const html = await client.get(`/crm/mail/${mail.id}`).loginAs(staff)
    assert.notInclude(html.text(), '<img src=x onerror=alert(1)>')

    // A wrong deal number is a form error, not a 500; the mail stays unmatched.
    const wrong = await submitAs(client, staff, 'post', `/crm/mail/${mail.id}/file`, {
      json: { dealId: 2_000_000_000 },
      asJsonCaller: true,
    })
    wrong.assertStatus(422)
    await mail.refresh()
    assert.equal(mail.status, 'unmatched')

    const filed = await submitAs(client, staff, 'post', `/crm/mail/${mail.id}/file`, {
      json: { dealId: deal.id },
    })
    filed.assertStatus(302)
    assert.equal(filed.header('location'), `/crm/deals/${deal.id}`)
    await mail.refresh()
    assert.equal(mail.status, 'filed')
    assert.equal(mail.dealId, deal.id)
    assert.equal(mail.filedById, staff.id)
    await introduction.refresh()
    assert.isNotNull(introduction.respondedAt)
    assert.equal((await responseTimes([organisation.id])).get(organisation.id)!.answered, 1)

    const dealPage = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    const received = dealPage.inertiaProps.activities.find(
      (line: { kind: string }) => line.kind === 'email_received'
    )
    assert.equal(received.body, mail.body)
    assert.equal(received.meta.inboundMailId, mail.id)

    // Filed once: a second filing is refused.
    const twice = await submitAs(client, staff, 'post', `/crm/mail/${mail.id}/file`, {
      json: { dealId: deal.id },
      asJsonCaller: true,
    })
    twice.assertStatus(422)
  })

  test('only staff read received mail and its attachments', async ({ client, assert }) => {
    const { deal, opportunity, investor } = await dealWithOpenIntroduction()
    const address = dealReplyAddress(deal.id)
    const sent = await postMail({
      body: await rawMessage(partnerReply(opportunity.contactEmail, address)),
      recipients: address,
    })
    const mail = await InboundMail.query()
      .where('id', sent.body.received[0].id)
      .preload('attachments')
      .firstOrFail()
    const file = mail.attachments[0]
    const partner = await UserFactory.apply('partner').create()
    for (const user of [investor, partner]) {
      for (const url of ['/crm/mail', `/crm/mail/${mail.id}`, `/crm/mail/attachments/${file.id}`]) {
        const response = await client.get(url).loginAs(user).redirects(0)
        assert.include([302, 403, 404], response.status(), `${url} for ${user.role}`)
      }
    }
    const staff = await UserFactory.apply('staff').create()
    const download = await client.get(`/crm/mail/attachments/${file.id}`).loginAs(staff)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), 'application/pdf')
    assert.include(download.header('content-disposition'), 'attachment')
  })
})
