import { DateTime } from 'luxon'
import { deliverMail } from '#services/mailer'
import type Organisation from '#models/organisation'
import type User from '#models/user'
import OrganisationReviewedMail from '#mails/organisation_reviewed_mail'
import { absoluteUrlFor } from '#services/app_url'

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
    organisation.status = decision.approve ? 'approved' : 'rejected'
    organisation.rejectionReason = decision.approve ? null : decision.reason
    organisation.reviewedById = reviewer.id
    organisation.reviewedAt = DateTime.now()
    await organisation.save()

    const owners = await organisation
      .related('members')
      .query()
      .where('role', 'owner')
      .preload('user')
    const dashboardUrl = absoluteUrlFor('partner.organisation.show')
    for (const { user } of owners) {
      await deliverMail(new OrganisationReviewedMail(user, user.locale, organisation, dashboardUrl))
    }
    return organisation
  }
}
