import Consent from '#models/consent'
import DataExport from '#models/data_export'
import NdaSignature from '#models/nda_signature'
import type User from '#models/user'

/** "My account": the person's consent history, latest data exports and signed NDAs. */
export default class ShowAccount {
  async handle(user: User) {
    const consents = await Consent.query().where('userId', user.id).orderBy('id', 'desc')
    const exports = await DataExport.query().where('userId', user.id).orderBy('id', 'desc').limit(5)
    const ndaSignatures = await NdaSignature.query()
      .where('userId', user.id)
      .preload('opportunity')
      .preload('ndaVersion')
      .orderBy('signedAt', 'desc')
    return { consents, exports, ndaSignatures }
  }
}
