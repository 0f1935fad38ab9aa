import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'

/** `node ace db:seed`: reference data always, the demo everywhere but tests. */
export default class IndexSeeder extends BaseSeeder {
  async run() {
    await this.seed(await import('#database/seeders/reference_data_seeder'))
    await this.seed(await import('#database/seeders/incentive_rules_seeder'))
    if (!app.inTest) {
      await this.seed(await import('#database/seeders/demo_seeder'))
      await this.seed(await import('#database/seeders/demo_opportunities_seeder'))
      await this.seed(await import('#database/seeders/demo_inquiries_seeder'))
      await this.seed(await import('#database/seeders/demo_matching_seeder'))
      await this.seed(await import('#database/seeders/demo_directory_seeder'))
      await this.seed(await import('#database/seeders/demo_stories_seeder'))
      await this.seed(await import('#database/seeders/demo_events_seeder'))
      await this.seed(await import('#database/seeders/public_figures_seeder'))
    }
  }

  private async seed(seeder: { default: typeof BaseSeeder }) {
    await new seeder.default(this.client).run()
  }
}
