import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import ViewCounter from '#services/view_counter'
import Interest from '#models/interest'
import type Opportunity from '#models/opportunity'
import OpportunityDocument from '#models/opportunity_document'
import DocumentDownload from '#models/document_download'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'
import { listingAndInvestor, expressInterest } from '#tests/helpers/marketplace'

const interestForm = {
  amountMinEur: 100_000,
  amountMaxEur: 250_000,
  message: 'I grew up in Niš and run a logistics firm in Munich.',
  contactChannel: 'video_call',
  contactLanguage: 'sr',
  consentToShareContact: true,
}

async function addDocument(opportunity: Opportunity, kind: 'public' | 'data_room' | 'gallery') {
  const filePath = `opportunities/${opportunity.id}/${kind}/test-${kind}.pdf`
  await drive.use().put(filePath, `%PDF-1.4 ${kind} document`)
  return OpportunityDocument.create({
    opportunityId: opportunity.id,
    kind,
    title: `${kind} file`,
    filePath,
    fileName: `${kind}.pdf`,
    mimeType: 'application/pdf',
    sizeBytes: 24,
  })
}

test.group('Watchlist, interests and the data room', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor saves and unsaves; saving twice counts once', async ({ client, assert }) => {
    const { investor, opportunity } = await listingAndInvestor()

    for (let i = 0; i < 2; i++) {
      await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/save`)
    }
    await opportunity.refresh()
    assert.equal(opportunity.savesCount, 1)
    const saved = await client.get('/investor/saved').loginAs(investor).withInertia()
    assert.deepEqual(
      saved.inertiaProps.saved.map((row: { id: number }) => row.id),
      [opportunity.id]
    )
    const detail = await client
      .get(`/opportunities/${opportunity.slug}`)
      .loginAs(investor)
      .withInertia()
    assert.isTrue(detail.inertiaProps.viewer.saved)

    await submitAs(client, investor, 'delete', `/opportunities/${opportunity.slug}/save`)
    await opportunity.refresh()
    assert.equal(opportunity.savesCount, 0)
    const empty = await client.get('/investor/saved').loginAs(investor).withInertia()
    assert.lengthOf(empty.inertiaProps.saved, 0)
  })

  test('a second interest updates the first; the investor sees its status', async ({
    client,
    assert,
  }) => {
    const { investor, opportunity } = await listingAndInvestor()

    await expressInterest(client, investor, opportunity, {
      json: interestForm,
    })
    const second = await expressInterest(client, investor, opportunity, {
      json: { ...interestForm, amountMaxEur: 400_000, contactChannel: 'phone' },
    })
    second.assertFlashMessage('success', 'Your interest was updated.')

    const interests = await Interest.query().where('opportunityId', opportunity.id)
    assert.lengthOf(interests, 1)
    assert.equal(interests[0].amountMaxEur, 400_000)
    assert.equal(interests[0].contactChannel, 'phone')
    assert.isNotNull(interests[0].consentGivenAt)
    await opportunity.refresh()
    assert.equal(opportunity.interestsCount, 1)

    const mine = await client.get('/investor/interests').loginAs(investor).withInertia()
    assert.equal(mine.inertiaProps.interests[0].status, 'submitted')
    assert.equal(mine.inertiaProps.interests[0].opportunity.municipality.slug, 'nis')

    // Staff see it until the CRM takes over.
    const staff = await UserFactory.apply('staff').create()
    const list = await client.get('/staff/interests').loginAs(staff).withInertia()
    assert.equal(list.inertiaProps.interests.data[0].investor.email, investor.email)
  })

  test('an interest without consent or with a reversed range stores nothing', async ({
    client,
    assert,
  }) => {
    const { investor, opportunity } = await listingAndInvestor()
    const before = await countRows('interests')
    const response = await expressInterest(client, investor, opportunity, {
      json: {
        ...interestForm,
        amountMinEur: 300_000,
        amountMaxEur: 100_000,
        consentToShareContact: false,
        contactChannel: 'pigeon',
      },
    })
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, ['amountMaxEur', 'consentToShareContact', 'contactChannel'])
    assert.equal(errors.amountMaxEur[0], 'The upper amount must be at least the lower one.')
    assert.deepEqual(await countRows('interests'), before)
  })

  test('only investors engage, and only with published listings', async ({ client, assert }) => {
    const { user: partner, organisation } = await createPartner()
    const investor = await UserFactory.create()
    const published = await createOpportunity(organisation)
    const draft = await createOpportunity(organisation, { status: 'draft' })

    const byPartner = await expressInterest(client, partner, published, {
      json: interestForm,
      asJsonCaller: true,
      follow: true,
    })
    byPartner.assertStatus(403)
    const onDraft = await submitAs(client, investor, 'post', `/opportunities/${draft.slug}/save`, {
      asJsonCaller: true,
      follow: true,
    })
    onDraft.assertStatus(403)
    const guest = await client.post(`/opportunities/${published.slug}/save`).redirects(0)
    assert.include([302, 403], guest.status())
    assert.deepEqual(await countRows('interests', 'saved_opportunities'), {
      interests: 0,
      saved_opportunities: 0,
    })
  })

  test('data-room files need the NDA; every download is logged for the partner', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const otherInvestor = await UserFactory.create()
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const publicDoc = await addDocument(opportunity, 'public')
    const secret = await addDocument(opportunity, 'data_room')

    const open = await client.get(`/documents/${publicDoc.id}`)
    open.assertStatus(200)
    assert.include(String(open.body()), 'public document')

    const anonymous = await client.get(`/documents/${secret.id}`).redirects(0)
    anonymous.assertStatus(302)
    assert.equal(anonymous.header('location'), '/login')
    const beforeNda = await client.get(`/documents/${secret.id}`).loginAs(investor)
    beforeNda.assertStatus(403)

    await submitAs(client, investor, 'post', `/opportunities/${opportunity.slug}/nda`, {
      json: { fullName: investor.fullName, consent: true, locale: 'en' },
    })
    const afterNda = await client.get(`/documents/${secret.id}`).loginAs(investor)
    afterNda.assertStatus(200)
    assert.include(String(afterNda.body()), 'data_room document')
    assert.equal(afterNda.header('cache-control'), 'private, no-store')

    // The NDA is per investor and per listing.
    const other = await client.get(`/documents/${secret.id}`).loginAs(otherInvestor)
    other.assertStatus(403)

    const downloads = await DocumentDownload.query().where('documentId', secret.id)
    assert.deepEqual(
      downloads.map((row) => row.userId),
      [investor.id]
    )
    const dashboard = await client.get('/partner/opportunities').loginAs(partner).withInertia()
    assert.equal(dashboard.inertiaProps.downloads[0].userName, investor.fullName)
    assert.equal(dashboard.inertiaProps.downloads[0].documentTitle, 'data_room file')

    await drive.use().delete(publicDoc.filePath)
    await drive.use().delete(secret.filePath)
  })

  test('files of a listing that is not published stay private', async ({ client }) => {
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, { status: 'draft' })
    const document = await addDocument(opportunity, 'public')
    const guest = await client.get(`/documents/${document.id}`)
    guest.assertStatus(403)
    const own = await client.get(`/documents/${document.id}`).loginAs(partner)
    own.assertStatus(200)
    await drive.use().delete(document.filePath)
  })

  test('a partner uploads a gallery image that becomes the cover; other files are refused there', async ({
    client,
    assert,
  }) => {
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64'
    )
    await client
      .post(`/partner/opportunities/${opportunity.id}/documents`)
      .field('kind', 'gallery')
      .field('title', 'Aerial view')
      .file('file', png, { filename: 'site.png', contentType: 'image/png' })
      .loginAs(partner)
      .withCsrfToken()
      .redirects(0)
    await opportunity.refresh()
    assert.isNotNull(opportunity.coverImagePath)
    const cover = await client.get(`/opportunities/${opportunity.slug}/cover`)
    cover.assertStatus(200)

    const refused = await client
      .post(`/partner/opportunities/${opportunity.id}/documents`)
      .field('kind', 'gallery')
      .field('title', 'Not an image')
      .file('file', Buffer.from('%PDF-1.4'), {
        filename: 'plan.pdf',
        contentType: 'application/pdf',
      })
      .loginAs(partner)
      .withCsrfToken()
      .redirects(0)
    assert.property(refused.flashMessages().inputErrorsBag, 'file')
    const documents = await OpportunityDocument.query().where('opportunityId', opportunity.id)
    assert.lengthOf(documents, 1)

    await submitAs(
      client,
      partner,
      'delete',
      `/partner/opportunities/${opportunity.id}/documents/${documents[0].id}`
    )
    await opportunity.refresh()
    assert.isNull(opportunity.coverImagePath)
    assert.isFalse(await drive.use().exists(documents[0].filePath))
  })

  test('views are counted for visitors, not for the partner itself', async ({ client, assert }) => {
    const { user: partner, organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation)
    await client.get(`/opportunities/${opportunity.slug}`)
    await client.get(`/opportunities/${opportunity.slug}`).loginAs(partner)
    // Views are written in batches: write the pending ones now.
    await ViewCounter.flush()
    const row = await db.from('opportunities').where('id', opportunity.id).first()
    assert.equal(row.views_count, 1)
  })
})
