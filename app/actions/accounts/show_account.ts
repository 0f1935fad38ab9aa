import Consent from '#models/consent'
import DataExport from '#models/data_export'
import type User from '#models/user'

/** "My account": the person's consent history and their latest data exports. */
export default class ShowAccount {
  async handle(user: User) {
    const consents = await Consent.query().where('userId', user.id).orderBy('id', 'desc')
    const exports = await DataExport.query().where('userId', user.id).orderBy('id', 'desc').limit(5)
    return { consents, exports }
  }
}
