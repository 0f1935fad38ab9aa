import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import type User from '#models/user'
import { submitAs } from '#tests/helpers/requests'
import { wonDeal } from '#tests/helpers/deals'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

const fields = {
  personName: 'Jelena Petrović',
  titleEn: 'Back from Vienna to open a lab in Niš',
  titleSr: 'Iz Beča nazad u Niš, sa laboratorijom',
  bodyEn: 'Jelena worked in Vienna for ten years before coming home to Niš.',
  bodySr: 'Jelena je deset godina radila u Beču pre nego što se vratila u Niš.',
}

async function story(
  overrides: Partial<{ status: 'draft' | 'published'; municipality: string; slug: string }> = {}
) {
  const published = overrides.status === 'published'
  const municipality = await Municipality.findByOrFail('slug', overrides.municipality ?? 'nis')
  return SuccessStory.create({
    ...fields,
    slug: overrides.slug ?? `story-${Math.random().toString(36).slice(2)}`,
    municipalityId: municipality.id,
    status: overrides.status ?? 'draft',
    consentRecordedAt: published ? DateTime.now() : null,
    publishedAt: published ? DateTime.now() : null,
  })
}

test.group('Success stories: staff, consent and photos', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  let staff: User
  group.each.setup(async () => {
    staff = await UserFactory.apply('staff').create()
  })

  test('staff save a story with a real photo; a fake image is refused and nothing is stored', async ({
    client,
    assert,
  }) => {
    const nis = await Municipality.findByOrFail('slug', 'nis')
    const refused = await client
      .post('/crm/stories')
      .fields({ ...fields, municipalityId: String(nis.id) })
      .file('photo', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'portrait.png',
        contentType: 'image/png',
      })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    assert.property(refused.flashMessages().inputErrorsBag, 'photo')
    assert.lengthOf(await SuccessStory.all(), 0)

    const saved = await client
      .post('/crm/stories')
      .fields({ ...fields, municipalityId: String(nis.id) })
      .file('photo', PNG, { filename: 'portrait.png', contentType: 'image/png' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const created = await SuccessStory.findByOrFail('personName', fields.personName)
    assert.match(saved.header('location')!, new RegExp(`/crm/stories/${created.id}/edit$`))
    assert.equal(created.status, 'draft')
    assert.equal(created.slug, 'back-from-vienna-to-open-a-lab-in-nis')
    assert.isNull(created.consentRecordedAt)
    assert.match(created.photoPath!, /^stories\/.+\.png$/)
    assert.isTrue(await drive.use().exists(created.photoPath!))
    await drive.use().delete(created.photoPath!)
  })

  test('a new photo sent as the form does (multipart, spoofed PUT) replaces the old file', async ({
    client,
    assert,
  }) => {
    const draft = await story()
    draft.photoPath = `stories/old-${draft.id}.png`
    await draft.save()
    await drive.use().put(draft.photoPath, PNG)

    const response = await client
      .post(`/crm/stories/${draft.id}?_method=PUT`)
      .fields({ ...fields, consentGiven: '0' })
      .file('photo', PNG, { filename: 'new.png', contentType: 'image/png' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    await draft.refresh()
    assert.notEqual(draft.photoPath, `stories/old-${draft.id}.png`)
    assert.isTrue(await drive.use().exists(draft.photoPath!))
    assert.isFalse(await drive.use().exists(`stories/old-${draft.id}.png`))
    await drive.use().delete(draft.photoPath!)
  })

  test('publishing without recorded consent is refused with a field error', async ({
    client,
    assert,
  }) => {
    const draft = await story()
    const refused = await submitAs(client, staff, 'post', `/crm/stories/${draft.id}/publish`)
    assert.property(refused.flashMessages().inputErrorsBag, 'consentGiven')
    await draft.refresh()
    assert.equal(draft.status, 'draft')
    assert.isNull(draft.publishedAt)

    // The database keeps the rule too, whatever the code path.
    await assert.rejects(
      () => db.from('success_stories').where('id', draft.id).update({ status: 'published' }),
      /success_stories_consent_check/
    )
  })

  test('ticking consent records who and when; then the story can be published', async ({
    client,
    assert,
  }) => {
    const draft = await story()
    await client
      .put(`/crm/stories/${draft.id}`)
      .form({ ...fields, consentGiven: 'true', consentNote: 'Signed form, 2026-11-30' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    await draft.refresh()
    assert.isNotNull(draft.consentRecordedAt)
    assert.equal(draft.consentRecordedById, staff.id)
    assert.equal(draft.consentNote, 'Signed form, 2026-11-30')
    const recordedAt = draft.consentRecordedAt!.toISO()

    // Saving again keeps the original consent record.
    await client
      .put(`/crm/stories/${draft.id}`)
      .form({ ...fields, consentGiven: 'true' })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    await draft.refresh()
    assert.equal(draft.consentRecordedAt!.toISO(), recordedAt)

    const published = await submitAs(client, staff, 'post', `/crm/stories/${draft.id}/publish`)
    published.assertStatus(302)
    assert.notProperty(published.flashMessages().inputErrorsBag ?? {}, 'consentGiven')
    await draft.refresh()
    assert.equal(draft.status, 'published')
    assert.isNotNull(draft.publishedAt)
  })

  test('withdrawing consent takes a published story down at once', async ({ client, assert }) => {
    const live = await story({ status: 'published' })
    await client
      .put(`/crm/stories/${live.id}`)
      .form({ ...fields })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    await live.refresh()
    assert.equal(live.status, 'draft')
    assert.isNull(live.consentRecordedAt)
    assert.isNull(live.publishedAt)
    const page = await client.get(`/stories/${live.slug}`)
    page.assertStatus(404)
    // Taken down by the one status writer, so the audit log says so.
    const taken = await db
      .from('audit_entries')
      .where({ action: 'story.unpublished', subject_id: live.id, actor_id: staff.id })
    assert.lengthOf(taken, 1)
  })

  test('a won deal pre-fills the new story: person, listing, municipality and deal', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const opportunity = await createOpportunity(organisation, {
      municipality: 'kragujevac',
      titleEn: 'Day clinic',
    })
    const investor = await UserFactory.merge({ fullName: 'Snežana Ilić' }).create()
    const deal = await wonDeal(staff.id, 'Day clinic — Snežana', {
      investorId: investor.id,
      opportunityId: opportunity.id,
      valueEur: 600_000,
    })
    const response = await client
      .get(`/crm/stories/new?deal=${deal.id}`)
      .loginAs(staff)
      .withInertia()
    response.assertInertiaComponent('community/stories/staff/form')
    const draft = response.inertiaProps.draft
    assert.equal(draft.personName, 'Snežana Ilić')
    assert.equal(draft.dealId, deal.id)
    assert.equal(draft.opportunityId, opportunity.id)
    assert.equal(draft.municipalityId, opportunity.municipalityId)
    assert.isTrue(draft.dealWon)
    assert.include(draft.titleEn, 'Kragujevac')
    assert.include(draft.bodyEn, 'Day clinic')

    // The deal page offers the shortcut (the page shows it for won deals).
    const dealPage = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(dealPage.inertiaProps.deal.stage.kind, 'won')
  })
})

test.group('Success stories: public pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('only published stories are listed; a draft does not exist for outsiders', async ({
    client,
    assert,
  }) => {
    const live = await story({ status: 'published', slug: 'live-story' })
    const draft = await story({ slug: 'draft-story' })
    const list = await client.get('/stories').withInertia()
    list.assertInertiaComponent('community/stories/index')
    const slugs = list.inertiaProps.stories.map((row: { slug: string }) => row.slug)
    assert.include(slugs, live.slug)
    assert.notInclude(slugs, draft.slug)

    const page = await client.get(`/stories/${live.slug}`).withInertia()
    page.assertInertiaComponent('community/stories/show')
    assert.equal(page.inertiaProps.story.titleSr, fields.titleSr)
    assert.equal(page.inertiaProps.story.municipality.slug, 'nis')
    // Consent details are for staff only.
    assert.notProperty(page.inertiaProps.story, 'consentNote')

    const investor = await UserFactory.create()
    ;(await client.get(`/stories/${draft.slug}`)).assertStatus(404)
    ;(await client.get(`/stories/${draft.slug}`).loginAs(investor)).assertStatus(404)
    ;(await client.get(`/stories/${draft.slug}/photo`)).assertStatus(404)
    const staff = await UserFactory.apply('staff').create()
    ;(await client.get(`/stories/${draft.slug}`).loginAs(staff)).assertStatus(200)
  })

  test('the photo is served with its checked type', async ({ client, assert }) => {
    const live = await story({ status: 'published' })
    live.photoPath = `stories/test-${live.id}.png`
    await live.save()
    await drive.use().put(live.photoPath, PNG)
    const photo = await client.get(`/stories/${live.slug}/photo`)
    photo.assertStatus(200)
    assert.equal(photo.header('content-type'), 'image/png')
    assert.equal(photo.header('x-content-type-options'), 'nosniff')
    await drive.use().delete(live.photoPath)
  })

  test('the home page shows the latest three; a municipality page shows its own', async ({
    client,
    assert,
  }) => {
    const stories = []
    for (const [index, municipality] of ['nis', 'pirot', 'nis', 'cacak'].entries()) {
      const each = await story({ status: 'published', municipality })
      each.publishedAt = DateTime.now().minus({ days: 10 - index })
      await each.save()
      stories.push(each)
    }
    await story({ municipality: 'pirot' })

    const home = await client.get('/').withInertia()
    assert.deepEqual(
      home.inertiaProps.stories.map((row: { id: number }) => row.id),
      [stories[3].id, stories[2].id, stories[1].id]
    )
    const pirot = await client.get('/municipalities/pirot').withInertia()
    assert.deepEqual(
      pirot.inertiaProps.stories.map((row: { id: number }) => row.id),
      [stories[1].id]
    )
  })
})

test.group('Success stories: the staff list, unpublishing and deleting', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('/crm/stories lists drafts and published stories for staff only', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const draft = await story()
    const published = await story({ status: 'published' })
    const page = await client.get('/crm/stories').loginAs(staff).withInertia()
    page.assertInertiaComponent('community/stories/staff/index')
    const listed = page.inertiaProps.stories as { id: number; status: string }[]
    assert.deepInclude(
      listed.map((row) => [row.id, row.status]),
      [draft.id, 'draft']
    )
    assert.deepInclude(
      listed.map((row) => [row.id, row.status]),
      [published.id, 'published']
    )
    const investor = await UserFactory.create()
    ;(await client.get('/crm/stories').loginAs(investor)).assertStatus(403)
  })

  test('unpublishing takes a story off the public pages and keeps it as a draft with its consent', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const published = await story({ status: 'published' })
    ;(await client.get(`/stories/${published.slug}`)).assertStatus(200)

    const response = await submitAs(
      client,
      staff,
      'post',
      `/crm/stories/${published.id}/unpublish`,
      { referer: `/crm/stories/${published.id}/edit` }
    )
    response.assertStatus(302)
    response.assertHeader('location', `/crm/stories/${published.id}/edit`)
    await published.refresh()
    assert.equal(published.status, 'draft')
    assert.isNull(published.publishedAt)
    assert.isNotNull(published.consentRecordedAt)
    ;(await client.get(`/stories/${published.slug}`)).assertStatus(404)
    const list = await client.get('/stories').withInertia()
    assert.notInclude(JSON.stringify(list.inertiaProps), published.slug)
    const [entry] = await db
      .from('audit_entries')
      .where({ action: 'story.unpublished', subject_id: published.id })
    assert.exists(entry)
  })

  test('deleting removes the story and its photo file', async ({ client, assert }) => {
    const staff = await UserFactory.apply('staff').create()
    const doomed = await story({ status: 'published' })
    doomed.photoPath = `stories/delete-test-${doomed.id}.png`
    await doomed.save()
    await drive.use().put(doomed.photoPath, PNG)
    try {
      const response = await submitAs(client, staff, 'delete', `/crm/stories/${doomed.id}`)
      response.assertStatus(302)
      response.assertHeader('location', '/crm/stories')
      assert.isNull(await SuccessStory.find(doomed.id))
      assert.isFalse(await drive.use().exists(doomed.photoPath))
      ;(await client.get(`/stories/${doomed.slug}`)).assertStatus(404)
      const [entry] = await db
        .from('audit_entries')
        .where({ action: 'story.deleted', subject_id: doomed.id })
      assert.exists(entry)
    } finally {
      await drive.use().delete(doomed.photoPath)
    }
  })
})
