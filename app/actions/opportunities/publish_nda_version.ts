import db from '@adonisjs/lucid/services/db'
import NdaVersion from '#models/nda_version'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import audit from '#services/audit'
import { toCyrillic } from '#services/serbian_script'

/**
 * A partner writes a new version of the organisation's NDA (the texts are never edited in
 * place: signatures point at the version they signed). Investors of its listings are asked
 * to sign again before the data room opens. Cyrillic left empty is transliterated from Latin.
 */
export default class PublishNdaVersion {
  async handle({
    organisation,
    actor,
    data,
  }: {
    organisation: Organisation
    actor: User
    data: { bodyEn: string; bodySrLatn: string; bodySrCyrl?: string | null }
  }) {
    return db.transaction(async (trx) => {
      // One writer at a time per organisation, so two edits never get the same number.
      await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`nda:${organisation.id}`])
      const last = await NdaVersion.query({ client: trx })
        .where('organisationId', organisation.id)
        .max('version as version')
        .first()
      const version = await NdaVersion.create(
        {
          organisationId: organisation.id,
          version: Number(last?.$extras.version ?? 0) + 1,
          bodyEn: data.bodyEn,
          bodySrLatn: data.bodySrLatn,
          bodySrCyrl: data.bodySrCyrl?.trim() ? data.bodySrCyrl : toCyrillic(data.bodySrLatn),
          createdById: actor.id,
        },
        { client: trx }
      )
      await audit.record(trx, {
        actor,
        action: 'organisation.nda_updated',
        subject: audit.subject('nda_version', version),
        after: { organisationId: organisation.id, version: version.version },
      })
      return version
    })
  }
}
