import NdaVersion from '#models/nda_version'
import type Organisation from '#models/organisation'

/** The organisation's current NDA for its edit page (Most's standard text until it writes one). */
export default class ShowNda {
  async handle({ organisation }: { organisation: Organisation }) {
    const current = await NdaVersion.current(organisation.id)
    return {
      version: current.version,
      standard: current.organisationId === null,
      bodyEn: current.bodyEn,
      bodySrLatn: current.bodySrLatn,
      bodySrCyrl: current.bodySrCyrl,
      createdAt: current.createdAt.toISO(),
    }
  }
}
