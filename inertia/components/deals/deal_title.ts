import { localScript, localText } from '~/i18n'

/**
 * A deal's title in the reader's language. The stored title is "person · listing" written
 * once in English; with the listing's titles at hand it is rebuilt from the Serbian one for
 * Serbian readers (in Cyrillic when they chose it). An inquiry's title stays as typed.
 */
export function dealTitle(deal: {
  title: string
  investorName?: string | null
  listingTitleEn?: string | null
  listingTitleSr?: string | null
}) {
  if (!deal.listingTitleEn && !deal.listingTitleSr) return deal.title
  const listing = localText(deal.listingTitleEn, deal.listingTitleSr)
  return deal.investorName ? `${localScript(deal.investorName)} · ${listing}` : listing
}
