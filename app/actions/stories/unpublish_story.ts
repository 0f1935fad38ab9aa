import type SuccessStory from '#models/success_story'

/** Takes a story off the public pages; it stays as a draft with its consent record. */
export default class UnpublishStory {
  async handle({ story }: { story: SuccessStory }) {
    story.status = 'draft'
    story.publishedAt = null
    await story.save()
    return story
  }
}
