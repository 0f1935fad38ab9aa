import { AuthorizationResponse, BasePolicy, allowGuest } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#models/user'
import type SuccessStory from '#models/success_story'

/** Staff write and publish stories; everyone reads published ones. */
export default class SuccessStoryPolicy extends BasePolicy {
  manage(user: User): AuthorizerResponse {
    return user.isStaff
  }

  /** A draft names a person who has not agreed yet: outsiders must not learn it exists. */
  @allowGuest()
  view(user: User | null, story: SuccessStory): AuthorizerResponse {
    if (story.isPublished || user?.isStaff) return true
    return AuthorizationResponse.deny('Not found', 404)
  }
}
