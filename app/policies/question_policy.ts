import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type OpportunityQuestion from '#models/opportunity_question'
import type Opportunity from '#models/opportunity'
import OrganisationMember from '#models/organisation_member'

/** Investors ask on published listings; the listing's partner answers; staff moderate. */
export default class QuestionPolicy extends BasePolicy {
  ask(user: User, opportunity: Opportunity): AuthorizerResponse {
    return user.role === 'investor' && opportunity.status === 'published'
  }

  async answer(user: User, question: OpportunityQuestion): Promise<AuthorizerResponse> {
    if (user.role !== 'partner' || question.hiddenAt) return false
    const opportunity = question.opportunity
    return !!(await OrganisationMember.query()
      .where({ organisationId: opportunity.organisationId, userId: user.id })
      .first())
  }

  moderate(user: User): AuthorizerResponse {
    return user.isStaff
  }
}
