import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import OrganisationMember from '#models/organisation_member'
import { queueMail } from '#services/outbox'
import audit from '#services/audit'

type Decision = { approve: true } | { approve: false; reason: string }

/** Staff approve or reject a partner organisation; its owners are told by e-mail. */
export default class ReviewOrganisation {
  async handle({
    organisation,
    reviewer,
    decision,
  }: {
    organisation: Organisation
    reviewer: User
    decision: Decision
  }) {
    return db.transaction(async (trx) => {
      const reviewedAt = DateTime.now()
      organisation.useTransaction(trx)
      const before = audit.snapshot(organisation)
      organisation.status = decision.approve ? 'approved' : 'rejected'
      organisation.rejectionReason = decision.approve ? null : decision.reason
      organisation.reviewedById = reviewer.id
      organisation.reviewedAt = reviewedAt
      await audit.saveAndRecord(trx, organisation, {
        actor: reviewer,
        action: decision.approve ? 'organisation.approved' : 'organisation.rejected',
        type: 'organisation',
        before,
      })

      const owners = await OrganisationMember.query({ client: trx })
        .where({ organisationId: organisation.id, role: 'owner' })
        .select('userId')
      for (const { userId } of owners) {
        await queueMail(
          trx,
          'organisation_reviewed',
          { organisationId: organisation.id, userId, approved: decision.approve },
          { key: `organisation-reviewed:${organisation.id}:${reviewedAt.toMillis()}:${userId}` }
        )
      }
      return organisation
    })
  }
}
