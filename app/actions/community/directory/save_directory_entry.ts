import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Organisation from '#models/organisation'
import Municipality from '#models/municipality'
import type User from '#models/user'
import type { DirectoryEntryData } from '#validators/directory'
import audit from '#services/audit'
import { uniqueSlug } from '#services/unique_slug'

export class MunicipalityOutsideCountry extends Error {}

/**
 * Adds a directory entry (an approved organisation without members: a chamber, an NGO,
 * a diaspora network staff know of) or corrects an existing one. A municipality must lie
 * in the chosen country, or the map would put the entry in the wrong place.
 */
export default class SaveDirectoryEntry {
  async handle({
    organisation,
    actor,
    data,
  }: {
    organisation?: Organisation
    actor: User
    data: DirectoryEntryData
  }) {
    if (data.municipalityId) {
      const municipality = await Municipality.findOrFail(data.municipalityId)
      if (municipality.countryId !== data.countryId) throw new MunicipalityOutsideCountry()
    }
    return db.transaction(async (trx) => {
      const entry = organisation ?? new Organisation()
      entry.useTransaction(trx)
      const before = organisation ? audit.snapshot(organisation) : null
      entry.merge({
        name: data.name,
        kind: data.kind,
        countryId: data.countryId,
        municipalityId: data.municipalityId ?? null,
        website: data.website ?? null,
        description: data.description ?? null,
      })
      if (!organisation) {
        entry.slug = await uniqueSlug(trx, 'organisations', data.name, { fallback: 'organisation' })
        entry.status = 'approved'
        entry.reviewedById = actor.id
        entry.reviewedAt = DateTime.now()
      }
      await audit.saveAndRecord(trx, entry, {
        actor,
        action: organisation ? 'directory_entry.updated' : 'directory_entry.created',
        type: 'organisation',
        before,
      })
      return entry
    })
  }
}
