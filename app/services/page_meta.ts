import i18nManager from '@adonisjs/i18n/services/main'
import { appUrl } from '#config/app'
import { supportedLocales, type SupportedLocale } from '#config/i18n'
import { toCyrillic } from '#services/serbian_script'
import { isPublicPage } from '#services/public_pages'

/**
 * What search engines and link previews read of a public page: its title and description
 * (from the page's own content), canonical URL and one URL per language, Open Graph and
 * Twitter Card tags and JSON-LD. Built from the page object the root view renders, so it is
 * in the HTML whether or not the server render succeeded, and controllers stay as they are.
 */
export interface PageMeta {
  title: string
  description: string
  canonical: string
  alternates: { hreflang: string; href: string }[]
  image: string
  imageAlt: string
  type: 'website' | 'article'
  ogLocale: string
  jsonLd: string
}

type Props = Record<string, unknown>
interface PageLike {
  component?: string
  url?: string
  props?: Props
}
interface Named {
  nameEn: string
  nameSrLatn: string
  nameSrCyrl: string
}
interface Listing {
  slug: string
  titleEn: string | null
  titleSr: string | null
  summaryEn: string | null
  summarySr: string | null
  minTicketEur: number | null
  coverImageUrl: string | null
  publishedAt: string | null
  municipality?: Named & { slug: string }
  organisation?: { name: string; slug: string }
}
interface Story {
  slug: string
  titleEn: string | null
  titleSr: string | null
  bodyEn: string | null
  bodySr: string | null
  personName: string
  publishedAt: string | null
  photo: { src: string } | null
}
interface EventRow {
  slug: string
  name: string
  city: string | null
  description: string | null
  startsOn: string
  country: Named | null
}

const ogLocales: Record<SupportedLocale, string> = {
  'en': 'en_GB',
  'sr-Latn': 'sr_RS',
  'sr-Cyrl': 'sr_RS',
}
const intlTags: Record<SupportedLocale, string> = {
  'en': 'en-GB',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
}

export function absolute(path: string) {
  return new URL(path, appUrl).toString()
}

/** The page's URL in one language: its path and query, `lang` set (absent for x-default). */
export function languageUrl(url: string, locale: SupportedLocale | null) {
  const parsed = new URL(url, appUrl)
  parsed.searchParams.delete('lang')
  parsed.searchParams.sort()
  if (locale) parsed.searchParams.set('lang', locale)
  return parsed.toString()
}

function plain(text: string | null | undefined, max = 200) {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

function reader(locale: SupportedLocale) {
  const i18n = i18nManager.locale(locale)
  return {
    t: (key: string, values?: Record<string, string | number>) => i18n.t(key, values),
    /** Partner-written text in the reader's language, as inertia/i18n.ts picks it. */
    text(english: string | null | undefined, serbian: string | null | undefined) {
      if (locale === 'en') return english || serbian || ''
      if (!serbian) return english || ''
      return locale === 'sr-Cyrl' ? toCyrillic(serbian) : serbian
    },
    /** A name typed once (an event, a city) in the reader's script, as localScript shows it. */
    script(text: string) {
      return locale === 'sr-Cyrl' ? toCyrillic(text) : text
    },
    name(row: Named | null | undefined) {
      if (!row) return ''
      return locale === 'en' ? row.nameEn : locale === 'sr-Latn' ? row.nameSrLatn : row.nameSrCyrl
    },
    eur(amount: number | null | undefined) {
      if (amount === null || amount === undefined) return ''
      return new Intl.NumberFormat(intlTags[locale], {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(amount)
    },
  }
}

type Reader = ReturnType<typeof reader>
interface Described {
  title: string
  description: string
  image?: string | null
  imageAlt?: string
  type?: 'website' | 'article'
  crumbs?: { name: string; path: string }[]
  schema?: Record<string, unknown>[]
}

/** Title, description, image and structured data of each public page, from its props. */
function describe(component: string, props: Props, r: Reader, locale: SupportedLocale): Described {
  const site = r.t('common.tagline')
  switch (component) {
    case 'community/home':
      return {
        title: r.t('community.home.title'),
        description: plain(r.t('community.home.lead')),
        schema: [organisationSchema(site)],
      }
    case 'opportunities/index':
      return {
        title: r.t('opportunities.index.title'),
        description: r.t('common.meta.opportunities_description'),
        crumbs: [{ name: r.t('opportunities.index.title'), path: '/opportunities' }],
      }
    case 'opportunities/show': {
      const listing = props.opportunity as Listing
      const title = r.text(listing.titleEn, listing.titleSr)
      const facts = r.t('common.meta.listing_facts', {
        municipality: r.name(listing.municipality),
        ticket: r.eur(listing.minTicketEur),
      })
      return {
        title,
        description: plain(`${r.text(listing.summaryEn, listing.summarySr)} ${facts}`),
        // The original photo (link previews do not all read WebP), or a generated card.
        image: listing.coverImageUrl ?? `/opportunities/${listing.slug}/share.png?lang=${locale}`,
        imageAlt: title,
        type: 'article',
        crumbs: [
          { name: r.t('opportunities.index.title'), path: '/opportunities' },
          { name: title, path: `/opportunities/${listing.slug}` },
        ],
      }
    }
    case 'organisations/show': {
      const organisation = props.organisation as {
        name: string
        slug: string
        website: string | null
        description: string | null
      }
      return {
        title: organisation.name,
        description: plain(organisation.description) || r.t('organisations.lead'),
        crumbs: [{ name: organisation.name, path: `/organisations/${organisation.slug}` }],
        schema: [
          {
            '@type': 'Organization',
            'name': organisation.name,
            'url': absolute(`/organisations/${organisation.slug}`),
            ...(organisation.website ? { sameAs: [organisation.website] } : {}),
            ...(organisation.description ? { description: plain(organisation.description) } : {}),
          },
        ],
      }
    }
    case 'community/municipalities/show': {
      const municipality = props.municipality as Named & { slug: string }
      const name = r.name(municipality)
      return {
        title: name,
        description: r.t('common.meta.municipality_description', { name }),
        crumbs: [{ name, path: `/municipalities/${municipality.slug}` }],
      }
    }
    case 'community/directory/index':
      return {
        title: r.t('community.directory.title'),
        description: plain(r.t('community.directory.intro')),
        crumbs: [{ name: r.t('community.directory.title'), path: '/directory' }],
      }
    case 'community/figures/index':
      return {
        title: r.t('community.figures.title'),
        description: plain(r.t('community.figures.intro')),
        crumbs: [{ name: r.t('community.figures.title'), path: '/figures' }],
      }
    case 'community/stories/index':
      return {
        title: r.t('community.stories.title'),
        description: plain(r.t('community.stories.intro')),
        crumbs: [{ name: r.t('community.stories.title'), path: '/stories' }],
      }
    case 'community/stories/show': {
      const story = props.story as Story
      const title = r.text(story.titleEn, story.titleSr)
      return {
        title,
        description: plain(r.text(story.bodyEn, story.bodySr)),
        image: story.photo?.src ?? null,
        imageAlt: story.personName,
        type: 'article',
        crumbs: [
          { name: r.t('community.stories.title'), path: '/stories' },
          { name: title, path: `/stories/${story.slug}` },
        ],
      }
    }
    case 'community/events/index':
      return {
        title: r.t('common.meta.events_title'),
        description: r.t('common.meta.events_description'),
        crumbs: [{ name: r.t('common.meta.events_title'), path: '/events' }],
      }
    case 'community/events/show': {
      const event = props.event as EventRow
      const place = [event.city, r.name(event.country)].filter(Boolean).join(', ')
      const title = r.script(event.name)
      return {
        title,
        description: plain(event.description) || `${event.startsOn} · ${place}`,
        crumbs: [{ name: title, path: `/events/${event.slug}` }],
        schema: [
          {
            '@type': 'Event',
            'name': event.name,
            'startDate': event.startsOn,
            'url': absolute(`/events/${event.slug}`),
            'eventAttendanceMode': 'https://schema.org/OfflineEventAttendanceMode',
            'location': {
              '@type': 'Place',
              'name': place || event.name,
              'address': place || event.name,
            },
            ...(event.description ? { description: plain(event.description) } : {}),
            'organizer': organisationSchema(site),
          },
        ],
      }
    }
    default:
      return { title: '', description: site }
  }
}

function organisationSchema(description: string) {
  return {
    '@type': 'Organization',
    'name': 'Most',
    'url': absolute('/'),
    'logo': absolute('/favicon.svg'),
    description,
  }
}

function breadcrumbSchema(crumbs: { name: string; path: string }[], home: string) {
  return {
    '@type': 'BreadcrumbList',
    'itemListElement': [{ name: home, path: '/' }, ...crumbs].map((crumb, index) => ({
      '@type': 'ListItem',
      'position': index + 1,
      'name': crumb.name,
      'item': absolute(crumb.path),
    })),
  }
}

/** JSON inside <script>: `<` escaped so no text can end the element. */
function scriptJson(value: unknown) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The meta of a public page, or null for pages search engines should not see. */
export function pageMeta(page: PageLike | undefined): PageMeta | null {
  if (!page?.component || !isPublicPage(page.component) || !page.url) return null
  const props = page.props ?? {}
  const locale = supportedLocales.find((each) => each === props.locale) ?? 'en'
  const r = reader(locale)
  const described = describe(page.component, props, r, locale)
  const title = described.title ? `${described.title} · Most` : 'Most'
  const schema = [...(described.schema ?? [])]
  if (described.crumbs) schema.push(breadcrumbSchema(described.crumbs, r.t('common.nav.home')))
  return {
    title,
    description: described.description,
    canonical: languageUrl(page.url, locale),
    alternates: [
      ...supportedLocales.map((each) => ({ hreflang: each, href: languageUrl(page.url!, each) })),
      { hreflang: 'x-default', href: languageUrl(page.url, null) },
    ],
    image: absolute(described.image ?? '/share.png'),
    imageAlt: described.imageAlt ?? title,
    type: described.type ?? 'website',
    ogLocale: ogLocales[locale],
    jsonLd: schema.length
      ? scriptJson(
          schema.length === 1
            ? { '@context': 'https://schema.org', ...schema[0] }
            : { '@context': 'https://schema.org', '@graph': schema }
        )
      : '',
  }
}

/** The server render's head tags minus its <title>: the root view writes the title itself. */
export function headWithoutTitle(page: { ssrHead?: string[] } | undefined) {
  return (page?.ssrHead ?? []).filter((tag) => !tag.startsWith('<title')).join('\n')
}
