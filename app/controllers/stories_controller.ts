import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import SuccessStory from '#models/success_story'
import LatestStories from '#actions/stories/latest_stories'
import SuccessStoryTransformer from '#transformers/success_story_transformer'

/** Public success stories: the list, one story, its photo. */
export default class StoriesController {
  async index({ inertia }: HttpContext) {
    const stories = await new LatestStories().handle()
    return inertia.render('stories/index', { stories: SuccessStoryTransformer.transform(stories) })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    const story = await SuccessStory.query()
      .where('slug', params.slug)
      .preload('municipality')
      .preload('opportunity')
      .firstOrFail()
    await bouncer.with('SuccessStoryPolicy').authorize('view', story)
    return inertia.render('stories/show', { story: SuccessStoryTransformer.transform(story) })
  }

  async photo({ params, bouncer, response }: HttpContext) {
    const story = await SuccessStory.findByOrFail('slug', params.slug)
    await bouncer.with('SuccessStoryPolicy').authorize('view', story)
    if (!story.photoPath) return response.notFound()
    const disk = drive.use()
    const { contentType } = await disk.getMetaData(story.photoPath)
    response.header('content-type', contentType ?? 'application/octet-stream')
    response.header('x-content-type-options', 'nosniff')
    response.header('cache-control', story.isPublished ? 'public, max-age=3600' : 'private')
    return response.stream(await disk.getStream(story.photoPath))
  }
}
