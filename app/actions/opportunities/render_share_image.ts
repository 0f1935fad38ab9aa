import i18nManager from '@adonisjs/i18n/services/main'
import type Opportunity from '#models/opportunity'
import { renderShareImage } from '#services/share_image'
import { toCyrillic } from '#services/serbian_script'

/** Recently drawn cards, by listing and version: a shared link is fetched many times at once. */
const drawn = new Map<string, Buffer>()
const KEEP = 200

/**
 * The generated preview picture of a listing without a photo, in the reader's language:
 * its title, municipality and smallest ticket.
 */
export default class RenderShareImage {
  async handle({ opportunity, locale }: { opportunity: Opportunity; locale: string }) {
    const key = `${opportunity.id}:${opportunity.updatedAt?.toMillis()}:${locale}`
    const cached = drawn.get(key)
    if (cached) return cached
    await opportunity.load('municipality')
    const serbian = opportunity.titleSr
    const title =
      locale === 'en'
        ? opportunity.titleEn || serbian || ''
        : locale === 'sr-Cyrl' && serbian
          ? toCyrillic(serbian)
          : serbian || opportunity.titleEn || ''
    const municipality = opportunity.municipality
    const place =
      locale === 'en'
        ? municipality.nameEn
        : locale === 'sr-Cyrl'
          ? municipality.nameSrCyrl
          : municipality.nameSrLatn
    const intl = { 'en': 'en-GB', 'sr-Latn': 'sr-Latn-RS', 'sr-Cyrl': 'sr-Cyrl-RS' }[locale]
    const ticket = new Intl.NumberFormat(intl ?? 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(opportunity.minTicketEur)
    const facts = i18nManager
      .locale(locale)
      .t('common.meta.listing_facts', { municipality: place, ticket })
    const image = await renderShareImage({ title, lines: [facts.replace(/\.$/, '')] })
    if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value!)
    drawn.set(key, image)
    return image
  }
}
