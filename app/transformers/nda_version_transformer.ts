import type NdaVersion from '#models/nda_version'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An NDA's text in the three languages, as the partner edits it and the investor signs it. */
export default class NdaVersionTransformer extends BaseTransformer<NdaVersion> {
  toObject() {
    const nda = this.resource
    return {
      ...this.pick(nda, ['version', 'bodyEn', 'bodySrLatn', 'bodySrCyrl']),
      // Most's own text, used until the organisation writes one.
      standard: nda.organisationId === null,
      createdAt: nda.createdAt.toISO(),
    }
  }
}
