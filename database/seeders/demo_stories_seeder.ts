import { DateTime } from 'luxon'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import User from '#models/user'
import { demoStories } from '#database/data/demo_stories'

/** Published demo stories, each with its consent on record. Idempotent by slug. */
export default class DemoStoriesSeeder extends BaseSeeder {
  async run() {
    const staff = await User.findBy('email', 'milica.staff@most.demo', { client: this.client })
    for (const { municipality: slug, publishedDaysAgo, ...story } of demoStories) {
      const municipality = await Municipality.findByOrFail('slug', slug, { client: this.client })
      const publishedAt = DateTime.now().minus({ days: publishedDaysAgo })
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
        },
        { client: this.client }
      )
    }
  }
}
