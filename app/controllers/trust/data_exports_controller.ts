import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import FindDataExport from '#actions/trust/privacy/find_data_export'
import RequestDataExport from '#actions/trust/privacy/request_data_export'

/** "Download my data": ask for a file, then fetch it through its signed, owner-only link. */
export default class DataExportsController {
  async store({ auth, response, session, i18n }: HttpContext) {
    await new RequestDataExport().handle({ user: auth.getUserOrFail() })
    session.flash('success', i18n.t('trust.export.requested'))
    return response.redirect().toRoute('account.show')
  }

  async download({ params, request, response, bouncer }: HttpContext) {
    // A tampered or expired link is refused before anything is looked up.
    if (!request.hasValidSignature('data-export')) return response.forbidden()
    const dataExport = await new FindDataExport().handle(params.id)
    // Someone else's export does not exist as far as this user can tell.
    if (!dataExport || (await bouncer.with('DataExportPolicy').denies('download', dataExport))) {
      return response.notFound()
    }
    if (!dataExport.isAvailable) return response.gone()
    response.header('content-type', 'application/json; charset=utf-8')
    response.header(
      'content-disposition',
      `attachment; filename="most-data-${dataExport.readyAt!.toISODate()}.json"`
    )
    response.header('cache-control', 'private, no-store')
    return response.stream(await drive.use().getStream(dataExport.filePath!))
  }
}
