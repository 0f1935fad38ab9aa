import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import DataExport from '#models/data_export'
import CollectPersonalData from '#actions/trust/privacy/collect_personal_data'
import { DATA_EXPORT_DAYS } from '#enums/privacy'
import { queueMail } from '#services/outbox'

/**
 * Builds the JSON file of a requested export, stores it through Drive under a random
 * name and e-mails the signed link. Run by the `privacy:build-export` job; a rerun of a
 * finished export does nothing, and a rerun after a crash between the upload and the
 * commit only leaves an unreferenced file behind.
 */
export default class BuildDataExport {
  async handle({ dataExportId }: { dataExportId: number }) {
    const dataExport = await DataExport.find(dataExportId)
    if (!dataExport || dataExport.status !== 'pending') return dataExport

    const data = await new CollectPersonalData().handle(dataExport.userId)
    const body = JSON.stringify(data, null, 2)
    const filePath = `exports/${randomUUID()}.json`
    await drive.use().put(filePath, body, { contentType: 'application/json' })

    return db.transaction(async (trx) => {
      const locked = await DataExport.query({ client: trx })
        .where('id', dataExportId)
        .forUpdate()
        .firstOrFail()
      if (locked.status !== 'pending') return locked
      const now = DateTime.now()
      locked.merge({
        status: 'ready',
        filePath,
        sizeBytes: Buffer.byteLength(body),
        readyAt: now,
        expiresAt: now.plus({ days: DATA_EXPORT_DAYS }),
      })
      await locked.save()
      await queueMail(
        trx,
        'data_export_ready',
        { dataExportId: locked.id },
        { key: `data-export-ready:${locked.id}` }
      )
      return locked
    })
  }
}
