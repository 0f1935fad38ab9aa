import SuccessStory from '#models/success_story'

type Relation = 'municipality' | 'opportunity' | 'consentRecordedBy'

/** One success story by id or slug (404 when missing), with the relations its page shows. */
export default class FindStory {
  handle(key: { id: number | string } | { slug: string }, { preload = [] as Relation[] } = {}) {
    const query = SuccessStory.query()
    if ('slug' in key) query.where('slug', key.slug)
    else query.where('id', key.id)
    for (const relation of preload) query.preload(relation)
    return query.firstOrFail()
  }
}
