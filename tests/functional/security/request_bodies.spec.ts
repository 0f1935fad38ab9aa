import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { readdir } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import env from '#start/env'
import OpportunityDocument from '#models/opportunity_document'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { uploadTmpDir } from '#middleware/process_uploads_middleware'
import { waitFor } from '#tests/helpers/worker_process'
import { clearTestRedisKeys } from '#tests/helpers/redis'

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n')

async function tempFiles() {
  return readdir(uploadTmpDir()).catch(() => [] as string[])
}

/** A raw request (the API client always sends a body it can build): status and body. */
function rawPost(path: string, headers: Record<string, string>, body: Buffer | string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: env.get('HOST'), port: env.get('PORT'), path, method: 'POST', headers },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, body: text }))
      }
    )
    // The server may answer before reading the body and close the connection.
    req.on('error', reject)
    req.end(body)
  })
}

test.group('Request bodies only where they belong', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  const clearLimits = () => clearTestRedisKeys(`${env.get('REDIS_KEY_PREFIX')}*stripe_webhook*`)
  group.teardown(clearLimits)

  test('multipart to /login, /inquiry or the Stripe webhook is refused unread (415), no file written', async ({
    client,
    assert,
  }) => {
    const before = await tempFiles()
    // 200 KB a request was written to the temp folder and never removed.
    for (const path of ['/login', '/inquiry', '/webhooks/stripe', '/register']) {
      const response = await client
        .post(path)
        .field('email', 'a@example.org')
        .file('file', Buffer.alloc(200_000, 1), { filename: 'big.bin' })
        .header('accept', 'application/json')
      assert.equal(response.status(), 415, path)
      assert.equal(response.body().message, 'This kind of request body is not accepted here.')
    }
    assert.deepEqual(await tempFiles(), before)
  })

  test('an authorised upload, accepted or refused, leaves no temp file behind', async ({
    client,
    assert,
  }) => {
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'draft' })
    const before = await tempFiles()
    const stored = await client
      .post(`/partner/opportunities/${opportunity.id}/documents`)
      .field('kind', 'public')
      .field('title', 'Business plan')
      .file('file', pdf, { filename: 'plan.pdf', contentType: 'application/pdf' })
      .header('referer', `/partner/opportunities/${opportunity.id}/edit`)
      .loginAs(partner)
      .withCsrfToken()
      .redirects(0)
    assert.equal(stored.status(), 302)
    assert.lengthOf(await OpportunityDocument.query().where('opportunityId', opportunity.id), 1)
    const refused = await client
      .post(`/partner/opportunities/${opportunity.id}/documents`)
      .field('kind', 'public')
      .field('title', 'Not a PDF')
      .file('file', Buffer.from('<html>'), { filename: 'x.pdf', contentType: 'application/pdf' })
      .header('accept', 'application/json')
      .loginAs(partner)
      .withCsrfToken()
    assert.equal(refused.status(), 422)
    // Removed when each response closed.
    await waitFor(
      async () => (await tempFiles()).length === before.length,
      'the upload temp files to be removed',
      5000
    )
    assert.deepEqual(await tempFiles(), before)
  })

  test('multipart without a sign-in or CSRF token is never parsed', async ({ client, assert }) => {
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'draft' })
    const before = await tempFiles()
    const response = await client
      .post(`/partner/opportunities/${opportunity.id}/documents`)
      .file('file', pdf, { filename: 'plan.pdf' })
      .header('accept', 'application/json')
      .redirects(0)
    // Back (CSRF) or to the login page: the body was never read.
    assert.include([302, 401, 403, 419], response.status())
    assert.notEqual(response.header('location'), `/partner/opportunities/${opportunity.id}/edit`)
    assert.deepEqual(await tempFiles(), before)
  })

  test('an oversize JSON body is a 413, not a 500; the webhook takes only small JSON', async ({
    assert,
  }) => {
    const huge = JSON.stringify({ question: 'x'.repeat(1_100_000) })
    const json = { 'content-type': 'application/json', 'accept': 'application/json' }
    const inquiry = await rawPost('/inquiry', json, huge)
    assert.equal(inquiry.status, 413)
    assert.include(inquiry.body, 'too large')

    const event = JSON.stringify({ id: 'evt_1', padding: 'x'.repeat(300_000) })
    const webhook = await rawPost('/webhooks/stripe', json, event)
    assert.equal(webhook.status, 413)
    const text = await rawPost('/webhooks/stripe', { 'content-type': 'text/plain' }, '{}')
    assert.equal(text.status, 415)
    // Chunked (no Content-Length) is refused on the webhook: its size is not known up front.
    const chunked = await rawPost(
      '/webhooks/stripe',
      { ...json, 'transfer-encoding': 'chunked' },
      '{"id":"evt_2"}'
    )
    assert.equal(chunked.status, 411)
  })

  test('a body of the wrong kind sent in parts still gets its 415, not a closed connection', async ({
    assert,
  }) => {
    // 600 KB of JSON to the inbound mail webhook (it takes raw messages only), written in
    // parts: answering before the last part arrived closed the connection under the
    // sender, who saw EPIPE instead of the answer (found by the production-build fuzz).
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: env.get('HOST'),
          port: env.get('PORT'),
          path: '/webhooks/inbound-mail',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'accept': 'application/json',
            'content-length': String(600_000),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode!, body: text }))
        }
      )
      req.on('error', reject)
      const part = Buffer.alloc(100_000, 'x')
      let sent = 0
      const writeNext = () => {
        req.write(part)
        sent++
        if (sent < 6) setTimeout(writeNext, 30)
        else req.end()
      }
      writeNext()
    })
    assert.equal(answer.status, 415)
  })

  test('the Stripe webhook is rate-limited per address', async ({ client, assert }) => {
    const response = await client
      .post('/webhooks/stripe')
      .json({ id: 'evt_x' })
      .header('stripe-signature', 't=1,v1=bad')
    response.assertStatus(400)
    assert.equal(response.header('x-ratelimit-limit'), '600')
  })
})
