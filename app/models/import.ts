import { ImportSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Organisation from '#models/organisation'
import type { SpreadsheetExtension } from '#services/spreadsheet'

/** A spreadsheet import; its status moves only through the imports actions and job. */
export default class Import extends ImportSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Organisation)
  declare organisation: BelongsTo<typeof Organisation>

  get extension(): SpreadsheetExtension {
    return this.filePath.endsWith('.csv') ? 'csv' : 'xlsx'
  }

  /** The job is working on it: the page polls for progress. */
  get isRunning() {
    return this.status === 'checking' || this.status === 'committing'
  }
}
