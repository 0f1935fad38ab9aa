import { DateTime } from 'luxon'
import type DataExport from '#models/data_export'
import { absoluteSignedUrlFor } from '#services/app_url'

/**
 * The signed download link of a ready export, expiring with the file. The route also
 * checks that the signed-in user owns it: a forwarded link alone opens nothing.
 */
export function dataExportLink(dataExport: DataExport) {
  const seconds = Math.max(
    1,
    Math.floor((dataExport.expiresAt ?? DateTime.now()).diffNow('seconds').seconds)
  )
  return absoluteSignedUrlFor(
    'account.exports.download',
    { id: dataExport.id },
    { expiresIn: `${seconds}s`, purpose: 'data-export' }
  )
}
