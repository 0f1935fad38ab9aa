import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Opportunity from '#models/opportunity'
import type { OpportunityData } from '#validators/opportunity'
import { uniqueSlug } from '#services/unique_slug'

/**
 * Copies the validated listing form onto an opportunity inside the caller's
 * transaction: columns, sectors, incentives, then the search columns.
 */
export async function applyOpportunityData(
  opportunity: Opportunity,
  data: OpportunityData,
  trx: TransactionClientContract,
  /** An import refreshes the search columns of all its listings at once, afterwards. */
  { refreshSearch = true }: { refreshSearch?: boolean } = {}
) {
  const { sectorIds, incentives, site, ...columns } = data
  const isNew = !opportunity.$isPersisted
  opportunity.useTransaction(trx)
  opportunity.merge({
    titleEn: columns.titleEn ?? null,
    titleSr: columns.titleSr ?? null,
    summaryEn: columns.summaryEn ?? null,
    summarySr: columns.summarySr ?? null,
    descriptionEn: columns.descriptionEn ?? null,
    descriptionSr: columns.descriptionSr ?? null,
    municipalityId: columns.municipalityId,
    type: columns.type,
    stage: columns.stage,
    totalSizeEur: columns.totalSizeEur,
    minTicketEur: columns.minTicketEur,
    jobsExpected: columns.jobsExpected ?? null,
    areaSqm: columns.areaSqm ?? null,
    timeline: columns.timeline ?? null,
    contactName: columns.contactName,
    contactEmail: columns.contactEmail,
    contactPhone: columns.contactPhone ?? null,
    site: site && Object.values(site).some(isFilled) ? site : null,
  })
  if (!opportunity.slug) {
    opportunity.slug = await uniqueSlug(
      trx,
      'opportunities',
      columns.titleEn ?? columns.titleSr ?? '',
      { fallback: 'opportunity', maxLength: 120 }
    )
  }
  await opportunity.save()

  // A new listing has no sectors or incentives to replace yet.
  if (isNew) await opportunity.related('sectors').attach(sectorIds)
  else await opportunity.related('sectors').sync(sectorIds)
  if (!isNew) await opportunity.related('incentives').query().delete()
  if (incentives?.length) {
    await opportunity.related('incentives').createMany(
      incentives.map((incentive, position) => ({
        kind: incentive.kind,
        amountEur: incentive.amountEur ?? null,
        percentage: incentive.percentage === undefined ? null : String(incentive.percentage),
        conditions: incentive.conditions ?? null,
        position,
      }))
    )
  }
  if (refreshSearch) await refreshSearchIndex([opportunity.id], trx)
  return opportunity
}

/** Rebuilds the search columns (SQL function most_refresh_opportunity_search). */
export async function refreshSearchIndex(ids: number[], trx?: QueryClientContract) {
  await (trx ?? db).rawQuery('SELECT most_refresh_opportunity_search(?::integer[])', [ids])
}

function isFilled(value: unknown) {
  if (Array.isArray(value)) return value.length > 0
  return value !== null && value !== undefined
}
