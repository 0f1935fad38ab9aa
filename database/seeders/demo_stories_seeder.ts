import { crc32, deflateSync } from 'node:zlib'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import User from '#models/user'
import { demoStories } from '#database/data/demo_stories'
import { storeImageVariants } from '#services/images'

/**
 * Published demo stories, each with its consent on record and a generated photo (a
 * sky-to-hill landscape in its own colours, stored through Drive like an upload).
 * Idempotent by slug; a story keeps its photo on later runs.
 */
export default class DemoStoriesSeeder extends BaseSeeder {
  async run() {
    const staff = await User.findBy('email', 'milica.staff@most.demo', { client: this.client })
    for (const [index, entry] of demoStories.entries()) {
      const { municipality: slug, publishedDaysAgo, ...story } = entry
      const municipality = await Municipality.findByOrFail('slug', slug, { client: this.client })
      const publishedAt = DateTime.now().minus({ days: publishedDaysAgo })
      const photoPath = `stories/demo-${story.slug}.png`
      if (!(await drive.use().exists(photoPath))) {
        await drive.use().put(photoPath, landscape(640, 360, index))
      }
      // Card and page WebP variants, as an upload gets them (rewritten: cheap and idempotent).
      const { variants } = await storeImageVariants(photoPath)
      await SuccessStory.updateOrCreate(
        { slug: story.slug },
        {
          ...story,
          municipalityId: municipality.id,
          status: 'published',
          consentRecordedAt: publishedAt.minus({ days: 3 }),
          consentRecordedById: staff?.id ?? null,
          createdById: staff?.id ?? null,
          publishedAt,
          photoPath,
          photoVariants: variants,
        },
        { client: this.client }
      )
    }
  }
}

/** A small RGB PNG: a sky gradient over rolling hills, tinted per story. */
function landscape(width: number, height: number, variant: number) {
  const tints = [
    [37, 99, 235],
    [5, 150, 105],
    [217, 119, 6],
  ]
  const [tr, tg, tb] = tints[variant % tints.length]
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const hill = height * 0.62 + Math.sin((x / width) * Math.PI * 2 + variant) * height * 0.08
      const ground = y > hill
      const shade = y / height
      row[1 + x * 3] = ground ? tr * 0.5 : 200 - shade * 80 + tr * 0.2
      row[2 + x * 3] = ground ? tg * 0.6 + 40 : 220 - shade * 60 + tg * 0.1
      row[3 + x * 3] = ground ? tb * 0.4 : 255 - shade * 40
    }
    rows.push(row)
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
