import { test } from '@japa/runner'
import { toCyrillic } from '#services/serbian_script'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import sharp from 'sharp'
import { appUrl } from '#config/app'
import Event from '#models/event'
import Country from '#models/country'
import Municipality from '#models/municipality'
import SuccessStory from '#models/success_story'
import { createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'

interface Language {
  lang: 'en' | 'sr-Latn' | 'sr-Cyrl'
  intl: string
  title: string
  municipality: string
}

const languages: Language[] = [
  { lang: 'en', intl: 'en-GB', title: 'Solar park on the Nišava', municipality: 'Niš' },
  { lang: 'sr-Latn', intl: 'sr-Latn-RS', title: 'Solarni park na Nišavi', municipality: 'Niš' },
  { lang: 'sr-Cyrl', intl: 'sr-Cyrl-RS', title: 'Соларни парк на Нишави', municipality: 'Ниш' },
]

/** The HTML as a client without JavaScript (a crawler, a link preview) receives it. */
function body(html: string) {
  const start = html.indexOf('<body')
  // The page data (JSON) is in the body too: only the rendered markup counts.
  return html.slice(start).replace(/<script[\s\S]*?<\/script>/g, '')
}

/** Text as the server writes it into markup (Vue escapes these five characters). */
function escaped(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** An attribute or title as text again, whichever entity form the template engine chose. */
function unescaped(text: string) {
  return text
    .replace(/&#(x27|39);/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function meta(html: string, attribute: 'name' | 'property', key: string) {
  const match = html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`))
  return match?.[1]
}

async function publicContent() {
  const { organisation } = await createPartner()
  organisation.description = 'Regional development agency of the Nišava district.'
  await organisation.save()
  const listing = await createOpportunity(organisation, {
    municipality: 'nis',
    titleEn: 'Solar park on the Nišava',
    titleSr: 'Solarni park na Nišavi',
    summaryEn: 'A 12 MW solar park on reclaimed land.',
    minTicketEur: 250_000,
  })
  const nis = await Municipality.findByOrFail('slug', 'nis')
  const country = await Country.findByOrFail('code', 'DE')
  const story = await SuccessStory.create({
    slug: `story-${Date.now()}`,
    personName: 'Milica Jovanović',
    titleEn: 'Back home with a bakery',
    titleSr: 'Povratak kući sa pekarom',
    bodyEn: 'After ten years in Vienna, Milica opened a bakery in Niš.',
    bodySr: 'Posle deset godina u Beču, Milica je otvorila pekaru u Nišu.',
    municipalityId: nis.id,
    status: 'published',
    publishedAt: DateTime.now(),
    consentRecordedAt: DateTime.now(),
  })
  const event = await Event.create({
    slug: `event-${Date.now()}`,
    name: 'Diaspora investment evening Munich',
    city: 'Munich',
    countryId: country.id,
    description: 'An evening with municipalities from southern Serbia.',
    signupOpen: true,
    startsOn: DateTime.now().plus({ days: 30 }),
  })
  return { organisation, listing, story, event }
}

test.group('Public pages rendered on the server', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a listing page holds its title, price, municipality and meta tags in {lang}')
    .with(languages)
    .run(async ({ client, assert }, language) => {
      const { listing, organisation } = await publicContent()
      const response = await client.get(`/opportunities/${listing.slug}?lang=${language.lang}`)
      response.assertStatus(200)
      const html = response.text()
      const markup = body(html)
      assert.include(markup, 'data-server-rendered="true"')
      assert.include(markup, language.title)
      assert.include(markup, language.municipality)
      const price = new Intl.NumberFormat(language.intl, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(250_000)
      assert.include(markup, price)
      assert.include(markup, escaped(organisation.name))

      assert.include(html, `<title inertia>${language.title} · Most</title>`)
      assert.equal(meta(html, 'property', 'og:title'), `${language.title} · Most`)
      assert.include(meta(html, 'name', 'description') ?? '', language.municipality)
      assert.match(meta(html, 'property', 'og:image') ?? '', /\/share\.png\?lang=/)
      assert.equal(meta(html, 'name', 'twitter:card'), 'summary_large_image')
      assert.include(
        html,
        `<link rel="canonical" href="${new URL('/', appUrl)}opportunities/${listing.slug}?lang=${language.lang}" />`
      )
      for (const other of languages) {
        assert.include(
          html,
          `<link rel="alternate" hreflang="${other.lang}" href="${new URL('/', appUrl)}opportunities/${listing.slug}?lang=${other.lang}" />`
        )
      }
      assert.include(html, '"@type":"BreadcrumbList"')
      // One title only: the server render's own <title> is left out.
      assert.lengthOf(html.match(/<title/g) ?? [], 1)
    })

  test('every public page has real content and its own title in {lang}')
    .with(languages)
    .run(async ({ client, assert }, language) => {
      const { listing, organisation, story, event } = await publicContent()
      // Names typed in Latin reach Cyrillic readers in Cyrillic (the one shared converter).
      const inScript = (text: string) => (language.lang === 'sr-Cyrl' ? toCyrillic(text) : text)
      const storyTitle = {
        'en': 'Back home with a bakery',
        'sr-Latn': 'Povratak kući sa pekarom',
        'sr-Cyrl': 'Повратак кући са пекаром',
      }[language.lang]
      const pages: { path: string; content: string[]; title?: string }[] = [
        { path: '/', content: [language.title] },
        { path: '/opportunities', content: [language.title, language.municipality] },
        { path: '/opportunities?view=map', content: [language.title] },
        {
          path: `/organisations/${organisation.slug}`,
          content: [organisation.name, language.title],
          title: organisation.name,
        },
        {
          path: '/municipalities/nis',
          content: [language.municipality, language.title],
          title: language.municipality,
        },
        { path: '/directory', content: [] },
        { path: '/figures', content: [] },
        { path: '/stories', content: [storyTitle] },
        { path: '/events', content: [inScript(event.name)] },
        { path: `/stories/${story.slug}`, content: [storyTitle, 'Milica'], title: storyTitle },
        {
          path: `/events/${event.slug}`,
          content: [inScript(event.name), inScript('Munich')],
          title: inScript(event.name),
        },
      ]
      for (const page of pages) {
        const separator = page.path.includes('?') ? '&' : '?'
        const response = await client.get(`${page.path}${separator}lang=${language.lang}`)
        assert.equal(response.status(), 200, page.path)
        const html = response.text()
        const markup = body(html)
        assert.include(markup, 'data-server-rendered="true"', page.path)
        // Real markup, not an empty mount point: the layout's navigation and a heading.
        assert.match(markup, /<h1[^>]*>[^<]+/, page.path)
        for (const text of page.content) assert.include(markup, escaped(text), page.path)
        const title = html.match(/<title inertia>([^<]*)<\/title>/)?.[1]
        assert.isString(title, page.path)
        if (page.title) assert.equal(unescaped(title!), `${page.title} · Most`, page.path)
        assert.isNotEmpty(meta(html, 'name', 'description'), page.path)
        assert.isNotEmpty(meta(html, 'property', 'og:image'), page.path)
        assert.include(html, `hreflang="x-default"`, page.path)
        assert.match(html, new RegExp(`<html lang="${language.lang}"|<html lang="en"`), page.path)
      }
      void listing
    })

  test('organisation and event pages describe themselves in JSON-LD', async ({
    client,
    assert,
  }) => {
    const { organisation, event } = await publicContent()
    const jsonLd = (html: string) =>
      JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1])

    const organisationPage = jsonLd(
      (await client.get(`/organisations/${organisation.slug}`)).text()
    )
    const graph = organisationPage['@graph'] as { '@type': string; 'name'?: string }[]
    assert.deepInclude(
      graph.map((node) => node['@type']),
      'Organization'
    )
    assert.equal(graph.find((node) => node['@type'] === 'Organization')!.name, organisation.name)

    const eventPage = jsonLd((await client.get(`/events/${event.slug}`)).text())
    const eventNode = (eventPage['@graph'] as { '@type': string; 'startDate'?: string }[]).find(
      (node) => node['@type'] === 'Event'
    )!
    assert.equal(eventNode.startDate, event.startsOn.toISODate())

    const home = jsonLd((await client.get('/')).text())
    assert.equal(home['@type'], 'Organization')
  })

  test('a listing without a photo previews with a generated 1200×630 card', async ({
    client,
    assert,
  }) => {
    const { listing } = await publicContent()
    const html = (await client.get(`/opportunities/${listing.slug}?lang=sr-Cyrl`)).text()
    const image = new URL(meta(html, 'property', 'og:image')!)
    assert.equal(image.pathname, `/opportunities/${listing.slug}/share.png`)
    const response = await client.get(`${image.pathname}${image.search}`)
    response.assertStatus(200)
    assert.equal(response.header('content-type'), 'image/png')
    assert.match(response.header('cache-control') ?? '', /^public/)
    assert.isString(response.header('etag'))
    const png = await sharp(Buffer.from(response.body() as Buffer)).metadata()
    assert.deepEqual([png.format, png.width, png.height], ['png', 1200, 630])

    const { organisation: other } = await createPartner()
    const draft = await createOpportunity(other, { status: 'draft' })
    const hidden = await client.get(`/opportunities/${draft.slug}/share.png`)
    assert.include([403, 404], hidden.status())
  })

  test('signed-in areas stay rendered in the browser, with no meta for search engines', async ({
    client,
    assert,
  }) => {
    const html = (await client.get('/login')).text()
    assert.notInclude(html, 'data-server-rendered')
    assert.notInclude(html, 'rel="canonical"')
    assert.include(html, '<script data-page="app"')
  })
})
