import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import DataExport from '#models/data_export'
import type User from '#models/user'
import { enqueue } from '#services/outbox'

/**
 * "Download my data": a pending export and its job, written together. While one is
 * being built, asking again returns it instead of starting a second.
 */
export default class RequestDataExport {
  async handle({ user }: { user: User }) {
    return db.transaction(async (trx) => {
      const pending = await DataExport.query({ client: trx })
        .where({ userId: user.id, status: 'pending' })
        // A request stuck for an hour (its job failed for good) no longer blocks a new one.
        .where('requestedAt', '>', DateTime.now().minus({ hours: 1 }).toJSDate())
        .forUpdate()
        .first()
      if (pending) return pending
      const dataExport = await DataExport.create(
        { userId: user.id, status: 'pending', requestedAt: DateTime.now() },
        { client: trx }
      )
      await enqueue(
        trx,
        'privacy:build-export',
        { dataExportId: dataExport.id },
        { key: `data-export:${dataExport.id}` }
      )
      return dataExport
    })
  }
}
