import type { HttpContext } from '@adonisjs/core/http'
import ListSitemaps from '#actions/system/sitemaps/list_sitemaps'
import PublicPagesSitemap from '#actions/system/sitemaps/public_pages_sitemap'
import ListingsSitemap from '#actions/system/sitemaps/listings_sitemap'
import { robotsTxt, sitemapIndexXml, sitemapXml } from '#services/sitemap_xml'

/** What search engines read first: robots.txt, the sitemap index and its files. */
export default class SitemapsController {
  async index({ response }: HttpContext) {
    const files = await new ListSitemaps().handle()
    response.header('content-type', 'application/xml; charset=utf-8')
    response.header('cache-control', 'public, max-age=3600')
    return sitemapIndexXml(files)
  }

  async show({ params, response }: HttpContext) {
    const name = String(params.file).replace(/\.xml$/, '')
    const block = name.match(/^opportunities-(\d{1,6})$/)?.[1]
    if (name !== 'pages' && block === undefined) return response.notFound()
    const entries =
      block === undefined
        ? await new PublicPagesSitemap().handle()
        : await new ListingsSitemap().handle({ block: Number(block) })
    response.header('content-type', 'application/xml; charset=utf-8')
    response.header('cache-control', 'public, max-age=3600')
    return sitemapXml(entries)
  }

  robots({ response }: HttpContext) {
    response.header('content-type', 'text/plain; charset=utf-8')
    response.header('cache-control', 'public, max-age=86400')
    return robotsTxt()
  }
}
