import db from '@adonisjs/lucid/services/db'
import type Opportunity from '#models/opportunity'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import Sector from '#models/sector'
import ReferenceData from '#services/reference_data'

/**
 * Relations of listings loaded with the extra columns of #services/listing_sql instead of
 * preloads (each preload is a round trip to PostgreSQL, which costs a results page more
 * than the rows): municipality and sectors from the in-memory reference data by the
 * `sector_ids` column, the organisation from the `organisation_json` column.
 */
export async function attachCardRelations(opportunities: Opportunity[]) {
  for (const opportunity of opportunities) {
    const organisation = opportunity.$extras.organisation_json
    if (organisation !== undefined) {
      opportunity.$setRelated(
        'organisation',
        organisation ? Organisation.$createFromAdapterResult(organisation)! : null
      )
    }
  }
  await attachReferenceRelations(opportunities)
}

/**
 * Sets municipality and sectors on these listings from the reference data, using the
 * sector ids they were loaded with (one query for the links of any loaded without).
 */
export async function attachReferenceRelations(opportunities: Opportunity[]) {
  const links: { opportunity_id: number; sector_id: number }[] = opportunities.flatMap(
    (opportunity) =>
      ((opportunity.$extras.sector_ids as number[] | undefined) ?? []).map((sectorId) => ({
        opportunity_id: opportunity.id,
        sector_id: sectorId,
      }))
  )
  const without = opportunities.filter((opportunity) => !opportunity.$extras.sector_ids)
  if (without.length) {
    links.push(
      ...(await db
        .from('opportunity_sectors')
        .whereIn(
          'opportunity_id',
          without.map((opportunity) => opportunity.id)
        )
        .select('opportunity_id', 'sector_id'))
    )
  }
  let municipalities = await ReferenceData.municipalitiesByIds(
    opportunities.map((opportunity) => opportunity.municipalityId)
  )
  let sectors = await ReferenceData.sectorsByIds(links.map((link) => link.sector_id as number))
  // Rows added since this process read the reference data (tests, a new seed): ask.
  if (opportunities.some((o) => !municipalities.some((m) => m.id === o.municipalityId))) {
    municipalities = await Municipality.findMany(opportunities.map((o) => o.municipalityId))
  }
  if (links.some((link) => !sectors.some((sector) => sector.id === link.sector_id))) {
    sectors = await Sector.query()
      .whereIn(
        'id',
        links.map((link) => link.sector_id as number)
      )
      .orderBy('position')
  }
  for (const opportunity of opportunities) {
    const municipality = municipalities.find((m) => m.id === opportunity.municipalityId)
    if (municipality) opportunity.$setRelated('municipality', municipality)
    opportunity.$setRelated(
      'sectors',
      sectors.filter((sector) =>
        links.some((link) => link.opportunity_id === opportunity.id && link.sector_id === sector.id)
      )
    )
  }
}
