import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type DataExport from '#models/data_export'

/** A data export is its owner's alone: not even staff open someone else's. */
export default class DataExportPolicy extends BasePolicy {
  download(user: User, dataExport: DataExport): AuthorizerResponse {
    return user.id === dataExport.userId
  }
}
