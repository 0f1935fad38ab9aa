import SuccessStory from '#models/success_story'

/** Every success story for staff, drafts included, the last edited first. */
export default class ListStories {
  handle() {
    return SuccessStory.query()
      .preload('municipality')
      .preload('consentRecordedBy')
      .orderBy('updatedAt', 'desc')
  }
}
