import { test } from '@japa/runner'
import env from '#start/env'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import DataExport from '#models/data_export'
import SentEmail from '#models/sent_email'
import type User from '#models/user'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import type { ApiClient } from '@japa/api-client'
import { submitAs } from '#tests/helpers/requests'

/** An investor with an interest (a message only they wrote), a saved listing and a consent. */
async function investorWithData(client: ApiClient, slug: string, message: string) {
  const investor = await UserFactory.create()
  await submitAs(client, investor, 'post', `/opportunities/${slug}/interest`, {
    json: {
      amountMinEur: 10_000,
      amountMaxEur: 20_000,
      message,
      contactChannel: 'email',
      contactLanguage: 'en',
      consentToShareContact: true,
    },
  })
  await client.post(`/opportunities/${slug}/save`).loginAs(investor).withCsrfToken().redirects(0)
  return investor
}

/** A published listing, and Alice with her data around it (her secret is in her message). */
async function aliceWithData(client: ApiClient) {
  const { organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation)
  const alice = await investorWithData(client, opportunity.slug, 'ALICE-SECRET-MESSAGE')
  return { opportunity, alice }
}

/** Asks for an export over HTTP and runs the job as the worker would. */
async function exportFor(client: ApiClient, user: User) {
  const response = await client.post('/account/exports').loginAs(user).withCsrfToken().redirects(0)
  response.assertStatus(302)
  await drainOutbox({ only: ['privacy:build-export'] })
  return DataExport.query().where('userId', user.id).orderBy('id', 'desc').firstOrFail()
}

const link = (id: number, expiresIn = '7 days') =>
  signedUrlFor('account.exports.download', { id }, { expiresIn, purpose: 'data-export' })

test.group('Privacy: download my data', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  const files: string[] = []
  group.each.teardown(async () => {
    for (const file of files.splice(0)) await drive.use().delete(file)
  })

  test("the job builds a JSON file with the person's data and nobody else's", async ({
    client,
    assert,
  }) => {
    const { opportunity, alice } = await aliceWithData(client)
    const bob = await investorWithData(client, opportunity.slug, 'BOB-SECRET-MESSAGE')
    await db.table('sent_emails').insert({
      to_address: alice.email,
      subject: 'Welcome to Most',
      mailer: 'smtp',
      created_at: new Date(),
    })

    const dataExport = await exportFor(client, alice)
    files.push(dataExport.filePath!)
    assert.equal(dataExport.status, 'ready')
    assert.match(dataExport.filePath!, /^exports\/[0-9a-f-]{36}\.json$/)
    assert.closeTo(dataExport.expiresAt!.diff(DateTime.now(), 'days').days, 7, 0.01)

    const data = JSON.parse(await drive.use().get(dataExport.filePath!))
    assert.equal(data.account.email, alice.email)
    assert.notProperty(data.account, 'password')
    assert.equal(data.interests[0].message, 'ALICE-SECRET-MESSAGE')
    assert.equal(data.interests[0].opportunity_slug, opportunity.slug)
    assert.equal(data.savedOpportunities[0].slug, opportunity.slug)
    assert.deepEqual(
      data.consents.map((consent: { kind: string }) => consent.kind),
      ['share_contact']
    )
    assert.deepEqual(
      data.emailsSent.map((mail: { subject: string }) => mail.subject),
      ['Welcome to Most']
    )
    const text = JSON.stringify(data)
    assert.notInclude(text, bob.email)
    assert.notInclude(text, 'BOB-SECRET-MESSAGE')

    // Running the job again (a retry) changes nothing; the e-mail is queued once.
    await new (await import('#jobs/build_data_export')).default().handle({
      dataExportId: dataExport.id,
    })
    await dataExport.refresh()
    assert.equal(dataExport.filePath, files[0])
    assert.lengthOf(await queuedMails('data_export_ready'), 1)

    // The e-mail carries the signed link; the account page shows it too.
    await drainOutbox({ only: ['mail:send'] })
    const mail = await SentEmail.query()
      .where('toAddress', alice.email)
      .orderBy('id', 'desc')
      .firstOrFail()
    // The e-mail's link is absolute (APP_URL); the page's is a path, so it works on
    // whatever host name the account page was opened.
    assert.include(
      mail.text ?? '',
      `${env.get('APP_URL')}/account/exports/${dataExport.id}/download?signature=`
    )
    const page = await client.get('/account').loginAs(alice).withInertia()
    assert.match(
      page.inertiaProps.exports[0].downloadUrl,
      new RegExp(`^/account/exports/${dataExport.id}/download\\?signature=`)
    )
  })

  test('only the owner opens the link; tampered, expired or outdated links are refused', async ({
    client,
    assert,
  }) => {
    const { alice } = await aliceWithData(client)
    const mallory = await UserFactory.create()
    const dataExport = await exportFor(client, alice)
    files.push(dataExport.filePath!)
    const url = link(dataExport.id)

    const own = await client.get(url).loginAs(alice)
    own.assertStatus(200)
    assert.include(own.header('content-disposition'), 'attachment')
    assert.include(own.text(), 'ALICE-SECRET-MESSAGE')

    // Another account, even with the genuine link: the export does not exist for them.
    const stolen = await client.get(url).loginAs(mallory)
    stolen.assertStatus(404)
    assert.notInclude(stolen.text(), 'ALICE-SECRET-MESSAGE')
    // Nobody logged in: the login page, nothing else.
    const anonymous = await client.get(url).redirects(0)
    anonymous.assertStatus(302)
    assert.match(anonymous.header('location') ?? '', /^\/login/)

    // A changed id or signature, or a signature past its time.
    const tampered = await client
      .get(url.replace(/signature=([^&]+)/, 'signature=$1x'))
      .loginAs(alice)
    tampered.assertStatus(403)
    const otherId = await client
      .get(url.replace(`/exports/${dataExport.id}/`, `/exports/${dataExport.id + 1}/`))
      .loginAs(alice)
    otherId.assertStatus(403)
    const shortLived = link(dataExport.id, '1s')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const late = await client.get(shortLived).loginAs(alice)
    late.assertStatus(403)

    // The file's own time is up: gone, even with a valid signature.
    dataExport.expiresAt = DateTime.now().minus({ minutes: 1 })
    await dataExport.save()
    const expired = await client.get(url).loginAs(alice)
    expired.assertStatus(410)
  })

  test('asking twice while a file is being prepared starts one job', async ({ client, assert }) => {
    const alice = await UserFactory.create()
    await client.post('/account/exports').loginAs(alice).withCsrfToken().redirects(0)
    await client.post('/account/exports').loginAs(alice).withCsrfToken().redirects(0)
    assert.lengthOf(await DataExport.query().where('userId', alice.id), 1)
    const jobs = await db.from('outbox_messages').where('job_name', 'privacy:build-export')
    assert.lengthOf(jobs, 1)
  })

  test('the daily purge deletes expired files only; a stuck request no longer blocks a new one', async ({
    client,
    assert,
  }) => {
    const alice = await UserFactory.create()
    const bob = await UserFactory.create()
    const old = await exportFor(client, alice)
    const fresh = await exportFor(client, bob)
    files.push(fresh.filePath!)
    old.expiresAt = DateTime.now().minus({ hours: 1 })
    await old.save()
    const oldFile = old.filePath!

    const { default: PurgeExpiredExports } = await import('#jobs/purge_expired_exports')
    assert.deepEqual(await new PurgeExpiredExports().handle({}), { purged: 1 })
    assert.deepEqual(await new PurgeExpiredExports().handle({}), { purged: 0 })
    assert.isFalse(await drive.use().exists(oldFile))
    assert.isTrue(await drive.use().exists(fresh.filePath!))
    await old.refresh()
    assert.isNull(old.filePath)

    // A pending request whose job died an hour ago: asking again starts a new one.
    const stuck = await DataExport.create({
      userId: alice.id,
      status: 'pending',
      requestedAt: DateTime.now().minus({ hours: 2 }),
    })
    await client.post('/account/exports').loginAs(alice).withCsrfToken().redirects(0)
    const pending = await DataExport.query().where({ userId: alice.id, status: 'pending' })
    assert.lengthOf(pending, 2)
    assert.notEqual(pending.at(-1)!.id, stuck.id)
  })
})
