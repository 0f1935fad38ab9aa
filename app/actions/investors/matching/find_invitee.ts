import User from '#models/user'

/** The account staff chose to invite to a listing; InviteInvestor checks it may be invited. */
export default class FindInvitee {
  handle(userId: number) {
    return User.findOrFail(userId)
  }
}
