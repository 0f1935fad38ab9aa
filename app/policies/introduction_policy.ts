import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type Introduction from '#models/introduction'
import OrganisationMember from '#models/organisation_member'

export default class IntroductionPolicy extends BasePolicy {
  /**
   * Members of the introduced organisation answer in their inbox (the e-mail's signed
   * link needs no account). To other partners the introduction does not exist.
   */
  async answer(user: User, introduction: Introduction): Promise<AuthorizerResponse> {
    const membership = await OrganisationMember.query()
      .where({ organisationId: introduction.organisationId, userId: user.id })
      .first()
    return membership ? true : AuthorizationResponse.deny('Not found', 404)
  }
}
