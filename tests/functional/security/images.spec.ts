import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import sharp from 'sharp'
import { DateTime } from 'luxon'
import { crc32 } from 'node:zlib'
import type { ApiClient } from '@japa/api-client'
import OpportunityDocument from '#models/opportunity_document'
import type Opportunity from '#models/opportunity'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import type User from '#models/user'
import app from '@adonisjs/core/services/app'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import { deleteImageVariants } from '#services/images'

/** A photo-like PNG or JPEG (noise, so the encoders have real work). */
async function photo(width: number, height: number, format: 'png' | 'jpeg') {
  const pixels = Buffer.alloc(width * height * 3)
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 7919) % 251
  const image = sharp(pixels, { raw: { width, height, channels: 3 } })
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer()
}

/**
 * A valid PNG claiming `width` × `height` pixels with almost no data behind it: a 1 × 1
 * image whose header (IHDR, always the first chunk) is rewritten, its checksum with it.
 */
async function pngClaiming(width: number, height: number) {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .toBuffer()
  // After the 8-byte signature: length (4), "IHDR" (4), width and height, …, CRC at 29.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

function upload(
  client: ApiClient,
  partner: User,
  opportunity: Opportunity,
  bytes: Buffer,
  filename: string,
  options: { kind?: string; language?: string } = {}
) {
  return client
    .post(`/partner/opportunities/${opportunity.id}/documents`)
    .field('kind', options.kind ?? 'gallery')
    .field('title', 'Site from the air')
    .file('file', bytes, { filename, contentType: 'application/octet-stream' })
    .header('accept', 'application/json')
    .header('accept-language', options.language ?? 'en')
    .loginAs(partner)
    .withCsrfToken()
}

async function storedKeys(opportunity: Opportunity) {
  const keys: string[] = []
  const { objects } = await drive
    .use()
    .listAll(`opportunities/${opportunity.id}`, { recursive: true })
  for (const object of objects) if (object.isFile) keys.push(object.key)
  return keys
}

/** Deletes what this test stored (ids are reused across runs: older files stay). */
async function removeStored(opportunity: Opportunity, before: string[]) {
  for (const key of await storedKeys(opportunity)) {
    if (!before.includes(key)) await drive.use().delete(key)
  }
}

/**
 * A partner's draft listing, and what its folder held before the test (ids are reused across
 * runs); the test's `cleanup` deletes whatever the test stored there.
 */
async function draftListing(cleanup: (handler: () => Promise<void>) => void) {
  const { user: partner, organisation } = await createPartner()
  const opportunity = await createOpportunity(organisation, { status: 'draft' })
  const before = await storedKeys(opportunity)
  cleanup(() => removeStored(opportunity, before))
  return { partner, organisation, opportunity, before }
}

test.group('Uploads: images must decode, and get resized WebP variants', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a file that starts like a PNG but does not decode is refused with a translated field error; nothing is stored', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { partner, opportunity, before } = await draftListing(cleanup)
    const real = await photo(400, 300, 'png')
    const broken: [string, Buffer, string][] = [
      [
        'a PNG header, then garbage',
        Buffer.concat([real.subarray(0, 33), Buffer.alloc(3000, 0x41)]),
        'site.png',
      ],
      ['cut in half', real.subarray(0, Math.floor(real.length / 2)), 'site.png'],
      [
        'JPEG start, nothing after',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 7)]),
        'site.jpg',
      ],
    ]
    const messages = {
      'en': 'This image cannot be read',
      'sr-Latn': 'Ova slika ne može da se pročita',
      'sr-Cyrl': 'Ова слика не може да се прочита',
    }
    for (const [label, bytes, name] of broken) {
      for (const [language, message] of Object.entries(messages)) {
        // A signed-in person reads Most in their account's language.
        partner.locale = language
        await partner.save()
        const response = await upload(client, partner, opportunity, bytes, name, { language })
        assert.equal(response.status(), 422, `${label} ${language}: ${response.text()}`)
        const [error] = response.body().errors as {
          field: string
          rule: string
          message: string
        }[]
        assert.equal(error.field, 'file', label)
        assert.equal(error.rule, 'file.image', label)
        assert.include(error.message, message, `${label} ${language}`)
      }
    }
    // Also as a data-room document: an image is decoded whatever its kind.
    const dataRoom = await upload(client, partner, opportunity, broken[0][1], 'scan.png', {
      kind: 'data_room',
    })
    assert.equal(dataRoom.status(), 422)
    assert.lengthOf(await OpportunityDocument.query().where('opportunityId', opportunity.id), 0)
    assert.deepEqual(await storedKeys(opportunity), before)
  })

  test('an image claiming absurd dimensions (a decompression bomb) is refused before decoding', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { partner, opportunity, before } = await draftListing(cleanup)
    const bomb = await pngClaiming(60_000, 60_000)
    assert.isBelow(bomb.length, 100)
    const startedAt = Date.now()
    const response = await upload(client, partner, opportunity, bomb, 'map.png')
    assert.isBelow(Date.now() - startedAt, 2000)
    assert.equal(response.status(), 422)
    const [error] = response.body().errors as { rule: string; message: string }[]
    assert.equal(error.rule, 'file.image_too_large')
    assert.include(error.message, '60000 × 60000')
    assert.lengthOf(await OpportunityDocument.query().where('opportunityId', opportunity.id), 0)
    assert.deepEqual(await storedKeys(opportunity), before)
  })

  test('a real PNG and JPEG each get a 480 px card and a 1280 px page WebP beside them, with their sizes', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { partner, opportunity, before } = await draftListing(cleanup)
    const cases = [
      {
        name: 'aerial.png',
        bytes: await photo(1600, 900, 'png'),
        card: [480, 270],
        page: [1280, 720],
        size: [1600, 900],
      },
      // Smaller than the page width: never enlarged.
      {
        name: 'hall.jpg',
        bytes: await photo(800, 600, 'jpeg'),
        card: [480, 360],
        page: [800, 600],
        size: [800, 600],
      },
    ]
    for (const entry of cases) {
      const response = await upload(client, partner, opportunity, entry.bytes, entry.name)
      assert.oneOf(response.status(), [200, 302], response.text())
      const document = await OpportunityDocument.query()
        .where({ opportunityId: opportunity.id, fileName: entry.name })
        .firstOrFail()
      assert.deepEqual([document.width, document.height], entry.size)
      for (const variant of ['card', 'page'] as const) {
        const stored = document.variants![variant]
        assert.equal(stored.path, document.filePath.replace(/\.(png|jpg)$/, `.${variant}.webp`))
        assert.deepEqual([stored.width, stored.height], entry[variant])
        // Read back from storage: really WebP, really that size.
        const metadata = await sharp(
          Buffer.from(await drive.use().getBytes(stored.path))
        ).metadata()
        assert.equal(metadata.format, 'webp')
        assert.deepEqual([metadata.width, metadata.height], entry[variant])
      }
    }
    // Original plus two variants per image, nothing else.
    assert.lengthOf(await storedKeys(opportunity), before.length + 6)

    // The first image became the cover, with its variants for the cards.
    await opportunity.refresh()
    assert.equal(opportunity.coverImageVariants?.card.width, 480)
    opportunity.merge({ status: 'published', publishedAt: DateTime.now() })
    await opportunity.save()

    const document = await OpportunityDocument.query()
      .where({ opportunityId: opportunity.id, fileName: 'aerial.png' })
      .firstOrFail()
    // Served through the same access-checked route, as WebP, cacheable by anyone.
    const card = await client.get(`/documents/${document.id}?variant=card`)
    card.assertStatus(200)
    assert.equal(card.header('content-type'), 'image/webp')
    assert.include(card.header('cache-control'), 'public')
    assert.isString(card.header('etag'))
    assert.isString(card.header('last-modified'))
    // The length proves the variant itself was sent (the client reads bodies as text).
    assert.equal(
      Number(card.header('content-length')),
      (await drive.use().getBytes(document.variants!.card.path)).length
    )
    const again = await client
      .get(`/documents/${document.id}?variant=card`)
      .header('if-none-match', card.header('etag')!)
    again.assertStatus(304)
    const original = await client.get(`/documents/${document.id}`)
    assert.equal(original.header('content-type'), 'image/png')
    const unknownVariant = await client.get(`/documents/${document.id}?variant=huge`)
    assert.equal(unknownVariant.header('content-type'), 'image/png')

    const cover = await client.get(`/opportunities/${opportunity.slug}/cover?variant=page`)
    cover.assertStatus(200)
    assert.equal(cover.header('content-type'), 'image/webp')
    assert.equal(
      Number(cover.header('content-length')),
      (await drive.use().getBytes(document.variants!.page.path)).length
    )

    // Cards use the card variant with its size; the listing page the page variants.
    const browse = await client.get('/opportunities').withInertia()
    const listed = (browse.inertiaProps.results as { data: Record<string, any>[] }).data.find(
      (item) => item.id === opportunity.id
    )
    assert.deepEqual(listed?.coverImage.card, {
      url: `/opportunities/${opportunity.slug}/cover?variant=card`,
      width: 480,
      height: 270,
    })
    const page = await client.get(`/opportunities/${opportunity.slug}`).withInertia()
    const gallery = (page.inertiaProps.opportunity as { documents: Record<string, any>[] })
      .documents
    assert.deepEqual(
      gallery.map((item) => [item.image.page.url, item.image.page.width, item.image.page.height]),
      [
        [`/documents/${document.id}?variant=page`, 1280, 720],
        [`/documents/${gallery[1].id}?variant=page`, 800, 600],
      ]
    )
  })

  test('variants of a listing that is not public are served to its partner only, never cached publicly', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { partner, opportunity } = await draftListing(cleanup)
    const { user: stranger } = await createPartner()
    const response = await upload(
      client,
      partner,
      opportunity,
      await photo(900, 600, 'png'),
      'draft.png'
    )
    assert.oneOf(response.status(), [200, 302])
    const document = await OpportunityDocument.query()
      .where('opportunityId', opportunity.id)
      .firstOrFail()
    for (const url of [
      `/documents/${document.id}?variant=card`,
      `/documents/${document.id}?variant=page`,
      `/opportunities/${opportunity.slug}/cover?variant=card`,
    ]) {
      const anonymous = await client.get(url).redirects(0)
      assert.oneOf(anonymous.status(), [403, 404], url)
      assert.notEqual(anonymous.header('content-type'), 'image/webp', url)
      const other = await client.get(url).loginAs(stranger).redirects(0)
      assert.oneOf(other.status(), [403, 404], url)
      assert.notEqual(other.header('content-type'), 'image/webp', url)
      const own = await client.get(url).loginAs(partner)
      own.assertStatus(200)
      assert.equal(own.header('content-type'), 'image/webp')
      assert.include(own.header('cache-control'), 'private')
    }
  })

  test('images:variants backfills a stored story photo; the story page then uses the page variant', async ({
    client,
    assert,
  }) => {
    const municipality = await Municipality.findByOrFail('slug', 'nis')
    const story = await SuccessStory.create({
      personName: 'Marko Ilić',
      titleEn: 'Home from Zurich with a bakery',
      titleSr: 'Iz Ciriha kući, sa pekarom',
      bodyEn: 'Marko baked in Zurich for twelve years before coming home to Niš.',
      bodySr: 'Marko je dvanaest godina pekao u Cirihu pre povratka u Niš.',
      slug: `story-images-${Date.now()}`,
      municipalityId: municipality.id,
      status: 'published',
      consentRecordedAt: DateTime.now(),
      publishedAt: DateTime.now(),
      photoPath: `stories/test-backfill-${Date.now()}.jpg`,
    })
    await drive.use().put(story.photoPath!, await photo(1500, 1000, 'jpeg'))
    try {
      const ace = await app.container.make('ace')
      const command = await ace.exec('images:variants', [])
      assert.equal(command.exitCode, 0)
      await story.refresh()
      assert.deepEqual(
        [story.photoVariants?.card.width, story.photoVariants?.card.height],
        [480, 320]
      )
      assert.deepEqual(
        [story.photoVariants?.page.width, story.photoVariants?.page.height],
        [1280, 853]
      )
      const card = await client.get(`/stories/${story.slug}/photo?variant=card`)
      card.assertStatus(200)
      assert.equal(card.header('content-type'), 'image/webp')
      assert.include(card.header('cache-control'), 'public')
      const page = await client.get(`/stories/${story.slug}`).withInertia()
      assert.deepEqual((page.inertiaProps.story as Record<string, any>).photo.page, {
        url: `/stories/${story.slug}/photo?variant=page`,
        width: 1280,
        height: 853,
      })
    } finally {
      await drive.use().delete(story.photoPath!)
      await deleteImageVariants(story.photoVariants)
    }
  })
})
