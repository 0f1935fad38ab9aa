import NdaVersion from '#models/nda_version'
import type Organisation from '#models/organisation'

/** The organisation's current NDA for its edit page (Most's standard text until it writes one). */
export default class ShowNda {
  async handle({ organisation }: { organisation: Organisation }) {
    return NdaVersion.current(organisation.id)
  }
}
