import type { DateTime } from 'luxon'
import { absolute } from '#services/page_meta'

/** XML text: the five characters with a meaning in markup escaped. */
function xml(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function lastmod(value: DateTime | null) {
  return value ? `<lastmod>${value.toUTC().toISO({ suppressMilliseconds: true })}</lastmod>` : ''
}

/** The sitemap index: where each sitemap file is and when it last changed. */
export function sitemapIndexXml(files: { name: string; lastmod: DateTime | null }[]) {
  const entries = files
    .map(
      (file) =>
        `<sitemap><loc>${xml(absolute(`/sitemaps/${file.name}.xml`))}</loc>${lastmod(file.lastmod)}</sitemap>`
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`
}

/**
 * One sitemap file: each page once, at its language-neutral URL. The language versions
 * are announced by each page's own hreflang links, which keeps a file of 10,000 listings
 * near 1.5 MB instead of four times that.
 */
export function sitemapXml(entries: { path: string; lastmod: DateTime | null }[]) {
  const urls = entries
    .map((entry) => `<url><loc>${xml(absolute(entry.path))}</loc>${lastmod(entry.lastmod)}</url>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

/** Areas behind a sign-in, forms and files: nothing for a search engine to index. */
const privateAreas = [
  '/crm/',
  '/staff/',
  '/admin/',
  '/partner/',
  '/investor/',
  '/dashboard',
  '/account',
  '/documents/',
  '/invitations/',
  '/reset-password',
  '/forgot-password',
  '/verify-email',
  '/alerts/',
  '/events/follow-ups/',
  '/inquiry/thanks',
  '/api/',
  '/metrics',
  '/health',
]

export function robotsTxt() {
  return [
    'User-agent: *',
    'Allow: /',
    ...privateAreas.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${absolute('/sitemap.xml')}`,
    '',
  ].join('\n')
}
