import type { HttpContext } from '@adonisjs/core/http'
import FindStory from '#actions/community/stories/find_story'
import LatestStories from '#actions/community/stories/latest_stories'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import { requestedVariant } from '#services/images'
import { imageCacheControl, sendStoredFile, storedImageKey } from '#services/stored_file_response'

/** Public success stories: the list, one story, its photo. */
export default class StoriesController {
  async index({ inertia }: HttpContext) {
    const stories = await new LatestStories().handle()
    return inertia.render('community/stories/index', {
      stories: SuccessStoryTransformer.transform(stories),
    })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    const story = await new FindStory().handle(
      { slug: params.slug },
      { preload: ['municipality', 'opportunity'] }
    )
    await bouncer.with('SuccessStoryPolicy').authorize('view', story)
    return inertia.render('community/stories/show', {
      story: SuccessStoryTransformer.transform(story),
    })
  }

  /** The photo (or `?variant=card|page`, WebP) of a story the visitor may see. */
  async photo({ params, bouncer, request, response }: HttpContext) {
    const story = await new FindStory().handle({ slug: params.slug })
    await bouncer.with('SuccessStoryPolicy').authorize('view', story)
    if (!story.photoPath) return response.notFound()
    const variant = requestedVariant(request.input('variant'))
    return sendStoredFile(response, {
      ...storedImageKey(story.photoPath, story.photoVariants, variant),
      cacheControl: imageCacheControl(story.isPublished),
    })
  }
}
