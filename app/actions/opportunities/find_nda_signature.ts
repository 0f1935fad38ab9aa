import NdaSignature from '#models/nda_signature'

/** One signed NDA with its listing and version (404 when missing). */
export default class FindNdaSignature {
  handle({ id }: { id: number | string }) {
    return NdaSignature.query()
      .where('id', Number(id) || 0)
      .preload('opportunity')
      .preload('ndaVersion')
      .firstOrFail()
  }
}
