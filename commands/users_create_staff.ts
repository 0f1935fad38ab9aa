import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** `node ace users:create-staff --name="Ana Jović" --email=ana@most.rs --role=staff` (asks for the password). */
export default class UsersCreateStaff extends BaseCommand {
  static commandName = 'users:create-staff'
  static description = 'Create a staff or admin account (never possible through public sign-up)'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Full name' })
  declare name: string

  @flags.string({ description: 'E-mail address' })
  declare email: string

  @flags.string({ description: 'staff or admin', default: 'staff' })
  declare role: string

  @flags.string({ description: 'Password (prompted when omitted)' })
  declare password?: string

  async run() {
    // Imported here: the unique() rule exists only once the app (Lucid) has booted.
    const { staffAccountValidator } = await import('#validators/auth')
    const { default: CreateStaffAccount } = await import('#actions/accounts/create_staff_account')
    const password = this.password ?? (await this.prompt.secure('Password (10 characters or more)'))
    const [error, data] = await staffAccountValidator.tryValidate({
      fullName: this.name,
      email: this.email,
      password,
      role: this.role,
    })
    if (error) {
      for (const message of (error as any).messages)
        this.logger.error(`${message.field}: ${message.message}`)
      this.exitCode = 1
      return
    }
    const user = await new CreateStaffAccount().handle(data)
    this.logger.success(`Created ${user.role} account ${user.email} (id ${user.id})`)
  }
}
