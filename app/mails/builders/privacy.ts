import type { BaseMail } from '@adonisjs/mail'
import DataExport from '#models/data_export'
import User from '#models/user'
import DataExportReadyMail from '#mails/data_export_ready_mail'
import { DATA_EXPORT_DAYS } from '#enums/privacy'
import { absoluteLink } from '#services/app_url'

/** Privacy e-mails, rebuilt by the `mail:send` job from ids. */
export const privacyMailBuilders = {
  /** Signed in the worker, expiring with the file; nothing if it is gone or the account too. */
  async data_export_ready({ dataExportId }: { dataExportId: number }): Promise<BaseMail | null> {
    const dataExport = await DataExport.find(dataExportId)
    if (!dataExport?.isAvailable) return null
    const user = await User.findOrFail(dataExport.userId)
    if (user.deletedAt) return null
    return new DataExportReadyMail(
      user,
      user.locale,
      absoluteLink(dataExport.downloadLink()),
      DATA_EXPORT_DAYS
    )
  },
}
