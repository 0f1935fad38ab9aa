import type User from '#models/user'

/** Whether a mention also reaches the staff member by e-mail. */
export default class UpdateNotificationSettings {
  async handle({ user, emailOnMention }: { user: User; emailOnMention: boolean }) {
    user.emailOnMention = emailOnMention
    await user.save()
    return user
  }
}
