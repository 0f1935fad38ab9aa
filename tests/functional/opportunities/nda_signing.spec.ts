import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import { createHash } from 'node:crypto'
import NdaSignature from '#models/nda_signature'
import NdaVersion from '#models/nda_version'
import OpportunityDocument from '#models/opportunity_document'
import type Opportunity from '#models/opportunity'
import { mailBuilders } from '#mails/registry'
import { UserFactory } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'
import { dealFromInterest, listingAndInvestor } from '#tests/helpers/marketplace'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'
import { makePdf, pdfPages } from '#tests/helpers/pdf'

async function dataRoomPdf(opportunity: Opportunity) {
  const filePath = `opportunities/${opportunity.id}/data_room/nda-test-${opportunity.id}.pdf`
  const bytes = await makePdf(['Business plan, page one'])
  await drive.use().put(filePath, bytes)
  return OpportunityDocument.create({
    opportunityId: opportunity.id,
    kind: 'data_room',
    title: 'Business plan',
    filePath,
    fileName: 'plan.pdf',
    mimeType: 'application/pdf',
    sizeBytes: bytes.length,
  })
}

const signature = { fullName: 'Đorđe Šćepanović', consent: true, locale: 'sr-Cyrl' }

test.group('NDA signing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a refused signature stores nothing and names its fields', async ({ client, assert }) => {
    const { investor, opportunity } = await listingAndInvestor()
    const before = await countRows('nda_signatures', 'outbox_messages')
    const response = await submitAs(
      client,
      investor,
      'post',
      `/opportunities/${opportunity.slug}/nda`,
      {
        json: { fullName: ' ', consent: false, locale: 'de' },
        asJsonCaller: true,
      }
    )
    response.assertStatus(422)
    const fields = (response.body().errors as { field: string }[]).map((error) => error.field)
    assert.includeMembers(fields, ['fullName', 'consent', 'locale'])
    assert.deepEqual(await countRows('nda_signatures', 'outbox_messages'), before)
  })

  test('the signed PDF parses and carries the name, time, IP, hash and version; it opens the data room and goes to both sides', async ({
    client,
    assert,
  }) => {
    const { investor, partner, opportunity } = await listingAndInvestor()
    const document = await dataRoomPdf(opportunity)
    const { deal } = await dealFromInterest(investor, opportunity)
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(403)

    const signed = await submitAs(
      client,
      investor,
      'post',
      `/opportunities/${opportunity.slug}/nda`,
      {
        json: signature,
      }
    )
    signed.assertStatus(302)
    const row = await NdaSignature.query()
      .where({ userId: investor.id, opportunityId: opportunity.id })
      .preload('ndaVersion')
      .firstOrFail()
    const standard = await NdaVersion.query().whereNull('organisationId').firstOrFail()
    assert.equal(row.ndaVersionId, standard.id)
    assert.equal(row.signerName, signature.fullName)
    assert.equal(
      row.documentHash,
      createHash('sha256').update(standard.bodySrCyrl, 'utf8').digest('hex')
    )

    const text = (await pdfPages(await drive.use().getBytes(row.pdfPath))).join('\n')
    assert.include(text, signature.fullName)
    assert.include(text, investor.email)
    assert.include(text, row.documentHash)
    assert.include(text, row.signedAt.toUTC().toISO()!)
    assert.include(text, row.ipAddress!)
    assert.include(text, 'Уговор о чувању поверљивих информација')
    // The Cyrillic text as signed, its glyphs from the embedded Unicode font.
    assert.include(text, 'Инвеститор прима поверљиве информације')

    // The data room opens; signing the same version again changes nothing.
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(200)
    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/nda`, {
      json: signature,
    })
    assert.lengthOf(await NdaSignature.query().where('userId', investor.id), 1)

    // Mailed to both sides, each with the PDF attached.
    const mails = await queuedMails('nda_signed')
    assert.lengthOf(mails, 2)
    for (const side of ['investor', 'partner'] as const) {
      const message = await mailBuilders.nda_signed({ signatureId: row.id, side })
      message!.prepare()
      const built = message!.message.toJSON().message
      const attachments = built.attachments as { filename: string; content: Buffer }[]
      assert.lengthOf(attachments, 1)
      assert.match(attachments[0].filename, /^NDA-.*\.pdf$/)
      assert.include((await pdfPages(attachments[0].content)).join('\n'), row.documentHash)
    }
    await drainOutbox({ only: ['mail:send'] })
    const sent = await db
      .from('sent_emails')
      .whereIn('dedupe_key', [`nda-signed:${row.id}:investor`, `nda-signed:${row.id}:partner`])
    assert.sameMembers(
      sent.map((email) => email.to_address),
      [investor.email, opportunity.contactEmail]
    )

    // The PDF: for the investor, the listing's partner and staff only.
    const pdfUrl = `/nda-signatures/${row.id}/pdf`
    ;(await client.get(pdfUrl).loginAs(investor)).assertStatus(200)
    ;(await client.get(pdfUrl).loginAs(partner)).assertStatus(200)
    ;(await client.get(pdfUrl).loginAs(await UserFactory.create())).assertStatus(403)

    // Shown in the investor's account, and on the deal (the e-mails on its timeline).
    const account = await client.get('/account').loginAs(investor).withInertia()
    assert.equal(account.inertiaProps.ndaSignatures[0].pdfUrl, pdfUrl)
    const staff = await UserFactory.apply('staff').create()
    const dealPage = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(dealPage.inertiaProps.ndaSignatures[0].documentHash, row.documentHash)
    const onDeal = await db
      .from('sent_emails')
      .where('deal_id', deal.id)
      .whereLike('dedupe_key', `nda-signed:${row.id}:%`)
    assert.lengthOf(onDeal, 2)
    await drive.use().delete(document.filePath)
  })

  test("a new version of the partner's NDA asks the investor again", async ({ client, assert }) => {
    const { investor, partner, opportunity } = await listingAndInvestor()
    const document = await dataRoomPdf(opportunity)
    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/nda`, {
      json: { ...signature, locale: 'en' },
    })
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(200)

    const text = 'Confidential. '.repeat(10)
    const tooShort = await submitAs(client, partner, 'post', '/partner/nda', {
      json: { bodyEn: 'short', bodySrLatn: '' },
      asJsonCaller: true,
    })
    tooShort.assertStatus(422)
    await submitAs(client, partner, 'post', '/partner/nda', {
      json: { bodyEn: text, bodySrLatn: `Poverljivo, čuvati. ${text}` },
    })
    const version = await NdaVersion.query()
      .where('organisationId', opportunity.organisationId)
      .firstOrFail()
    assert.equal(version.version, 1)
    // Cyrillic left empty: transliterated from the Latin text.
    assert.isTrue(version.bodySrCyrl.startsWith('Поверљиво, чувати.'))

    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(403)
    const page = await client
      .get(`/opportunities/${opportunity.slug}`)
      .loginAs(investor)
      .withInertia()
    assert.isFalse(page.inertiaProps.viewer.ndaAccepted)
    assert.isTrue(page.inertiaProps.viewer.nda.signedEarlier)
    assert.equal(page.inertiaProps.viewer.nda.bodyEn, text.trim())

    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/nda`, {
      json: { ...signature, locale: 'en' },
    })
    ;(await client.get(`/documents/${document.id}`).loginAs(investor)).assertStatus(200)
    assert.lengthOf(await NdaSignature.query().where('userId', investor.id), 2)
    await drive.use().delete(document.filePath)
  })
})
