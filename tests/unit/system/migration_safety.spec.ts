import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { unsafeChanges } from '#services/migration_safety'

const migration = (up: string, down = "this.schema.dropTable('things')") => `
export default class extends BaseSchema {
  async up() {
${up}
  }
  async down() {
    ${down}
  }
}`

test.group('Migration safety (expand/contract)', () => {
  test('flags changes that break the version still running', ({ assert }) => {
    const cases = [
      "this.schema.alterTable('users', (t) => { t.dropColumn('phone') })",
      "this.schema.alterTable('users', (t) => { t.renameColumn('phone', 'mobile') })",
      "this.schema.renameTable('users', 'people')",
      "this.schema.dropTable('users')",
      "this.schema.alterTable('users', (t) => { t.string('phone', 40).alter() })",
      "this.schema.raw('ALTER TABLE users ALTER COLUMN phone TYPE text')",
      "this.schema.raw('ALTER TABLE users ALTER COLUMN phone SET NOT NULL')",
      "this.schema.alterTable('users', (t) => {\n  t.string('phone').notNullable()\n})",
    ]
    for (const up of cases) assert.isNotEmpty(unsafeChanges(migration(up)), up)
  })

  test('lets expand steps through, and drops in down()', ({ assert }) => {
    const cases = [
      "this.schema.createTable('things', (t) => { t.string('name').notNullable() })",
      "this.schema.alterTable('users', (t) => { t.string('phone').nullable() })",
      "this.schema.alterTable('users', (t) => {\n  t.boolean('ok')\n    .notNullable()\n    .defaultTo(false)\n})",
      "this.schema.raw('CREATE INDEX CONCURRENTLY users_phone ON users (phone)')",
    ]
    for (const up of cases) assert.isEmpty(unsafeChanges(migration(up)), up)
    // A reviewed exception is marked in the file.
    assert.isEmpty(
      unsafeChanges(
        migration("// deploy-safe: nothing reads it since 0.3\nthis.schema.dropTable('old')")
      )
    )
  })

  test('every existing migration follows the rule', async ({ assert }) => {
    const folder = app.makePath('database', 'migrations')
    for (const name of await readdir(folder)) {
      assert.deepEqual(unsafeChanges(await readFile(`${folder}/${name}`, 'utf8')), [], name)
    }
  })
})
