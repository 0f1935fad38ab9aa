import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import DocumentDownload from '#models/document_download'
import OpportunityDocument from '#models/opportunity_document'
import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import SignNda from '#actions/opportunities/sign_nda'
import SendDataRoomDigests from '#jobs/send_data_room_digests'
import { UserFactory } from '#database/factories/user_factory'
import { submitAs } from '#tests/helpers/requests'
import { listingAndInvestor } from '#tests/helpers/marketplace'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { makePdf, pdfPages } from '#tests/helpers/pdf'

const stored: string[] = []

async function addFile(
  opportunity: Opportunity,
  title: string,
  bytes: Buffer,
  mimeType: string,
  extension: string
) {
  const filePath = `opportunities/${opportunity.id}/data_room/${title.replace(/\W/g, '')}-${opportunity.id}.${extension}`
  await drive.use().put(filePath, bytes)
  stored.push(filePath)
  return OpportunityDocument.create({
    opportunityId: opportunity.id,
    kind: 'data_room',
    title,
    filePath,
    fileName: `${title}.${extension}`,
    mimeType,
    sizeBytes: bytes.length,
  })
}

function sign(opportunity: Opportunity, investor: User) {
  return new SignNda().handle({
    opportunity,
    investor,
    fullName: investor.fullName,
    locale: 'en',
    ipAddress: '203.0.113.7',
  })
}

test.group('Data room', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.teardown(async () => {
    for (const key of stored) await drive.use().delete(key)
  })

  test("every page of a downloaded PDF carries the viewer's name, e-mail and time; other files are served as they are, and both are logged", async ({
    client,
    assert,
  }) => {
    const { investor, opportunity } = await listingAndInvestor()
    await sign(opportunity, investor)
    const pdf = await addFile(
      opportunity,
      'Financials',
      await makePdf(['Revenue 2025', 'Costs 2025', 'Plan 2026']),
      'application/pdf',
      'pdf'
    )
    const sheet = Buffer.from('year,revenue\n2025,1200000\n')
    const csv = await addFile(opportunity, 'Figures', sheet, 'text/csv', 'csv')

    const before = DateTime.utc().startOf('minute')
    const response = await client.get(`/documents/${pdf.id}`).loginAs(investor)
    response.assertStatus(200)
    assert.equal(response.header('content-type'), 'application/pdf')
    assert.equal(response.header('cache-control'), 'private, no-store')
    assert.instanceOf(response.body(), Buffer)
    const pages = await pdfPages(response.body() as Buffer)
    assert.lengthOf(pages, 3)
    pages.forEach((page, index) => {
      assert.include(page, ['Revenue 2025', 'Costs 2025', 'Plan 2026'][index])
      assert.include(page, investor.email)
      assert.include(page, investor.fullName)
      assert.include(page, before.toFormat('yyyy-LL-dd'))
    })

    const plain = await client.get(`/documents/${csv.id}`).loginAs(investor)
    plain.assertStatus(200)
    assert.equal(plain.text(), sheet.toString())

    const downloads = await DocumentDownload.query().where('userId', investor.id).orderBy('id')
    assert.deepEqual(
      downloads.map((row) => [row.documentId, row.watermarked]),
      [
        [pdf.id, true],
        [csv.id, false],
      ]
    )
  })

  test('a revoked document answers 410 to the investor and stays listed for the partner', async ({
    client,
    assert,
  }) => {
    const { investor, partner, opportunity } = await listingAndInvestor()
    await sign(opportunity, investor)
    const document = await addFile(
      opportunity,
      'Lease',
      await makePdf(['Lease agreement']),
      'application/pdf',
      'pdf'
    )
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(200)

    const outsider = await UserFactory.create()
    const refused = await submitAs(
      client,
      outsider,
      'post',
      `/partner/opportunities/${opportunity.id}/documents/${document.id}/revoke`,
      { asJsonCaller: true }
    )
    assert.include([403, 404], refused.status())
    await submitAs(
      client,
      partner,
      'post',
      `/partner/opportunities/${opportunity.id}/documents/${document.id}/revoke`
    )
    await document.refresh()
    assert.isNotNull(document.revokedAt)

    const gone = await client.get(`/documents/${document.id}`).loginAs(investor)
    gone.assertStatus(410)
    assert.include(gone.text(), 'withdrawn')
    const listing = await client
      .get(`/opportunities/${opportunity.slug}`)
      .loginAs(investor)
      .withInertia()
    assert.notInclude(
      listing.inertiaProps.opportunity.documents.map((row: { id: number }) => row.id),
      document.id
    )

    // The partner keeps it: listed (marked revoked, with its downloads) and still opens it.
    const room = await client
      .get(`/partner/opportunities/${opportunity.id}/data-room`)
      .loginAs(partner)
      .withInertia()
    const row = room.inertiaProps.documents.find(
      (item: { documentId: number }) => item.documentId === document.id
    )
    assert.isNotNull(row.revokedAt)
    assert.equal(row.downloads, 1)
    assert.equal(row.viewers[0].email, investor.email)
    ;(await client.get(`/documents/${document.id}`).loginAs(partner)).assertStatus(200)
    assert.isTrue(await drive.use().exists(document.filePath))
    const audit = await db
      .from('audit_entries')
      .where({ action: 'opportunity.document_revoked', subject_id: document.id })
    assert.lengthOf(audit, 1)
  })

  test('partners see engagement per document and per investor, weekly by e-mail, once per week', async ({
    client,
    assert,
  }) => {
    const { investor, partner, opportunity } = await listingAndInvestor()
    const keen = investor
    const casual = await UserFactory.create()
    await sign(opportunity, keen)
    await sign(opportunity, casual)
    const plan = await addFile(
      opportunity,
      'Plan',
      await makePdf(['Plan']),
      'application/pdf',
      'pdf'
    )
    const permit = await addFile(
      opportunity,
      'Permit',
      await makePdf(['Permit']),
      'application/pdf',
      'pdf'
    )
    for (const id of [plan.id, plan.id, permit.id]) {
      ;(await client.get(`/documents/${id}`).loginAs(keen)).assertStatus(200)
    }
    ;(await client.get(`/documents/${plan.id}`).loginAs(casual)).assertStatus(200)
    // The casual investor's download was three weeks ago.
    await db
      .from('document_downloads')
      .where('user_id', casual.id)
      .update({ created_at: DateTime.now().minus({ days: 21 }).toJSDate() })

    const room = await client
      .get(`/partner/opportunities/${opportunity.id}/data-room`)
      .loginAs(partner)
      .withInertia()
    const planRow = room.inertiaProps.documents.find(
      (row: { documentId: number }) => row.documentId === plan.id
    )
    assert.equal(planRow.downloads, 3)
    assert.sameMembers(
      planRow.viewers.map((viewer: { email: string }) => viewer.email),
      [keen.email, casual.email]
    )
    const scores = Object.fromEntries(
      room.inertiaProps.investors.map((row: { email: string; score: number }) => [
        row.email,
        row.score,
      ])
    )
    // Keen: both documents (60) + one repeat download (2) + active this week (20).
    // Casual: half the documents (30) + active within 30 days (10).
    assert.deepEqual(scores, { [keen.email]: 82, [casual.email]: 40 })
    assert.lengthOf(room.inertiaProps.signatures, 2)
    ;(
      await client.get(`/partner/opportunities/${opportunity.id}/data-room`).loginAs(keen)
    ).assertStatus(403)

    // Next Monday's digest covers this week: one e-mail for the partner, even when run twice.
    const nextMonday = DateTime.utc().startOf('week').plus({ weeks: 1, hours: 7 }).toISO()!
    await new SendDataRoomDigests().handle({ now: nextMonday })
    await new SendDataRoomDigests().handle({ now: nextMonday })
    const digests = await queuedMails('data_room_digest')
    assert.lengthOf(digests, 1)
    assert.equal(digests[0].payload.args.userId, partner.id)
    await drainOutbox({ only: ['mail:send'] })
    const [email] = await db.from('sent_emails').where('dedupe_key', digests[0].payload.key)
    assert.equal(email.to_address, partner.email)
    assert.include(email.text, keen.fullName)
    assert.include(email.text, '82')
  })
})
