import { readFile, readdir } from 'node:fs/promises'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { unsafeChanges } from '#services/migration_safety'

/**
 * `npm run deploy:check`: lists the migrations this database has not run yet and whether
 * each is safe while the old version still serves (expand/contract). Exit 1 if any is not.
 * `--all` checks every migration file, applied or not.
 */
export default class DeployCheck extends BaseCommand {
  static commandName = 'deploy:check'
  static description = 'Tell whether pending migrations are safe for a rolling deploy'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Check every migration, not only the pending ones' })
  declare all: boolean

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const folder = this.app.makePath('database', 'migrations')
    const files = (await readdir(folder)).filter((name) => /\.(ts|js)$/.test(name)).sort()
    const hasTable = await db.connection().schema.hasTable('adonis_schema')
    const applied = new Set<string>(
      hasTable ? (await db.from('adonis_schema').select('name')).map((row) => row.name) : []
    )
    const pending = files.filter(
      (name) => this.all || !applied.has(`database/migrations/${name.replace(/\.(ts|js)$/, '')}`)
    )
    if (!pending.length) {
      this.logger.success('No pending migrations: safe to deploy.')
      return
    }
    let unsafe = 0
    for (const name of pending) {
      const findings = unsafeChanges(await readFile(`${folder}/${name}`, 'utf8'))
      if (!findings.length) {
        this.logger.info(`safe    ${name}`)
        continue
      }
      unsafe++
      this.logger.error(`UNSAFE  ${name}`)
      for (const finding of findings) {
        this.logger.log(`        line ${finding.line}: ${finding.text}\n          ${finding.why}`)
      }
    }
    if (unsafe) {
      this.logger.error(
        `${unsafe} of ${pending.length} migrations are not safe while the old version runs: split them (expand now, contract in the next release) or mark a reviewed exception with a "deploy-safe: <why>" comment.`
      )
      this.exitCode = 1
    } else {
      this.logger.success(
        `${pending.length} pending migrations, all safe to run before the new version starts.`
      )
    }
  }
}
