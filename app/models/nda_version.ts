import { NdaVersionSchema } from '#database/schema'
import type { NdaLocale } from '#enums/data_room'

/**
 * One version of an organisation's NDA text (organisation null: Most's standard text).
 * Versions are never changed: a partner's edit adds the next one, which asks investors again.
 */
export default class NdaVersion extends NdaVersionSchema {
  /** The organisation's current NDA: its newest version, else Most's newest standard one. */
  static current(organisationId: number) {
    return this.query()
      .where((query) => query.where('organisationId', organisationId).orWhereNull('organisationId'))
      .orderByRaw('organisation_id IS NULL, version DESC')
      .firstOrFail()
  }

  /** The text in one of the three languages. */
  bodyFor(locale: NdaLocale) {
    if (locale === 'sr-Cyrl') return this.bodySrCyrl
    if (locale === 'sr-Latn') return this.bodySrLatn
    return this.bodyEn
  }
}
