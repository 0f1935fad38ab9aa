import i18nManager from '@adonisjs/i18n/services/main'
import ReferenceData from '#services/reference_data'
import { toCyrillic } from '#services/serbian_script'
import type { Match } from '#enums/matching'

type Named = { nameEn: string; nameSrLatn: string; nameSrCyrl: string }

function localName(row: Named, locale: string) {
  if (locale === 'sr-Cyrl') return row.nameSrCyrl
  if (locale === 'sr-Latn') return row.nameSrLatn
  return row.nameEn
}

/**
 * A match in words, in the reader's language: "Matches your sector ICT and your home
 * town Niš". Null when nothing matched. Pages, e-mails and the staff list all use it.
 */
export async function explainMatch(match: Match, locale: string) {
  const i18n = i18nManager.locale(locale)
  const { sectors, municipalities } = await ReferenceData.load()
  const municipality = municipalities.find((each) => each.id === match.municipalityId)
  const reasons: string[] = []

  const sectorNames = sectors
    .filter((sector) => match.sectorIds.includes(sector.id))
    .map((sector) => localName(sector, locale))
  if (sectorNames.length) {
    reasons.push(
      i18n.t('investors.matching.reasons.sector', {
        count: sectorNames.length,
        names: i18n.formatList(sectorNames),
      })
    )
  }
  if (match.homeTown && municipality) {
    reasons.push(
      i18n.t('investors.matching.reasons.home_town', { name: localName(municipality, locale) })
    )
  }
  if (match.place === 'municipality' && municipality) {
    reasons.push(
      i18n.t('investors.matching.reasons.municipality', { name: localName(municipality, locale) })
    )
  } else if (match.place === 'district' && municipality?.district) {
    const district =
      locale === 'sr-Cyrl' ? toCyrillic(municipality.district) : municipality.district
    reasons.push(i18n.t('investors.matching.reasons.district', { name: district }))
  }
  if (match.ticket) reasons.push(i18n.t('investors.matching.reasons.ticket'))
  if (match.languages.length) {
    const names = match.languages.map(
      (code) => i18n.formatDisplayNames(code, { type: 'language' }) ?? code
    )
    reasons.push(i18n.t('investors.matching.reasons.language', { names: i18n.formatList(names) }))
  }
  if (!reasons.length) return null
  return i18n.t('investors.matching.explanation', { reasons: i18n.formatList(reasons) })
}

/** Score and words for a page: `{ [opportunityId]: { score, explanation } }`. */
export async function describeMatches(matches: Match[], locale: string) {
  const described: Record<number, { score: number; explanation: string | null }> = {}
  for (const match of matches) {
    described[match.opportunityId] = {
      score: match.score,
      explanation: await explainMatch(match, locale),
    }
  }
  return described
}
