import { BaseSeeder } from '@adonisjs/lucid/seeders'
import RefreshPublicFigures from '#actions/community/figures/refresh_public_figures'

/**
 * Runs last: computes the public figures from the demo data right away, so /figures is
 * not empty until the worker's hourly `figures:refresh` first runs.
 */
export default class PublicFiguresSeeder extends BaseSeeder {
  async run() {
    await new RefreshPublicFigures().handle()
  }
}
