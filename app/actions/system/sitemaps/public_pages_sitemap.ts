import { DateTime } from 'luxon'
import Event from '#models/event'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import SuccessStory from '#models/success_story'

export interface SitemapEntry {
  path: string
  lastmod: DateTime | null
}

const sections = ['/', '/opportunities', '/directory', '/figures', '/stories', '/events']

/**
 * Every public page that is not a listing: the sections, municipality pages, approved
 * organisations, published stories and events. Drafts, pending organisations and
 * unpublished stories never appear (the models' own scopes decide).
 */
export default class PublicPagesSitemap {
  async handle(): Promise<SitemapEntry[]> {
    const municipalities = await Municipality.query().select('slug').orderBy('slug')
    const organisations = await Organisation.query()
      .withScopes((scopes) => scopes.approved())
      .select('slug', 'updated_at')
      .orderBy('id')
    const stories = await SuccessStory.query()
      .withScopes((scopes) => scopes.published())
      .select('slug', 'updated_at')
      .orderBy('id')
    const events = await Event.query().select('slug', 'updated_at').orderBy('id')
    return [
      ...sections.map((path) => ({ path, lastmod: null })),
      ...municipalities.map((row) => ({ path: `/municipalities/${row.slug}`, lastmod: null })),
      ...organisations.map((row) => ({
        path: `/organisations/${row.slug}`,
        lastmod: row.updatedAt,
      })),
      ...stories.map((row) => ({ path: `/stories/${row.slug}`, lastmod: row.updatedAt })),
      ...events.map((row) => ({ path: `/events/${row.slug}`, lastmod: row.updatedAt })),
    ]
  }

  /** The newest change among the records in this file. */
  async lastModified() {
    const organisation = await Organisation.query()
      .withScopes((scopes) => scopes.approved())
      .max('updated_at as lastmod')
      .pojo<{ lastmod: Date | null }>()
    const story = await SuccessStory.query()
      .withScopes((scopes) => scopes.published())
      .max('updated_at as lastmod')
      .pojo<{ lastmod: Date | null }>()
    const event = await Event.query().max('updated_at as lastmod').pojo<{ lastmod: Date | null }>()
    const times = [organisation, story, event]
      .map((rows) => rows[0]?.lastmod)
      .filter((value): value is Date => value instanceof Date)
      .map((value) => value.getTime())
    return times.length ? DateTime.fromMillis(Math.max(...times)) : null
  }
}
