/** A success story is a draft until staff publish it (only with the person's consent). */
export const storyStatuses = ['draft', 'published'] as const
export type StoryStatus = (typeof storyStatuses)[number]

/** Photos staff may attach: images a browser shows, checked by their bytes. */
export const storyPhotoTypes = ['jpg', 'jpeg', 'png', 'webp'] as const
