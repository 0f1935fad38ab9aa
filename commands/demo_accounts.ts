import { BaseCommand } from '@adonisjs/core/ace'
import { DEMO_PASSWORD, demoAccounts } from '#database/data/demo_accounts'

/** Prints the seeded demo logins (used by `npm start`). */
export default class DemoAccounts extends BaseCommand {
  static commandName = 'demo:accounts'
  static description = 'List the demo logins created by the demo seeder'

  async run() {
    const table = this.ui.table()
    table.head(['Role', 'E-mail', 'Who'])
    for (const account of demoAccounts) table.row([account.role, account.email, account.note])
    table.render()
    this.logger.log(`Password for every demo account: ${this.colors.bold(DEMO_PASSWORD)}`)
  }
}
