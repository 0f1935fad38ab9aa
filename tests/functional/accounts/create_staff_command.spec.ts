import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ace from '@adonisjs/core/services/ace'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import UsersCreateStaff from '#commands/users_create_staff'
import { countRows } from '#tests/helpers/database'

test.group('users:create-staff command', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  for (const role of ['staff', 'admin'] as const) {
    test(`creates a verified ${role} account that can log in`, async ({ assert, client }) => {
      const command = await ace.create(UsersCreateStaff, [
        '--name=Ana Jović',
        `--email=Ana.${role}@Example.org`,
        `--role=${role}`,
        '--password=a-strong-password',
      ])
      await command.exec()
      command.assertSucceeded()

      const user = await User.findByOrFail('email', `ana.${role}@example.org`)
      assert.equal(user.role, role)
      assert.isNotNull(user.emailVerifiedAt)
      assert.isTrue(await hash.verify(user.password, 'a-strong-password'))

      const login = await client
        .post('/login')
        .form({ email: user.email, password: 'a-strong-password' })
        .withCsrfToken()
        .redirects(0)
      login.assertHeader('location', '/dashboard')
    })
  }

  test('refuses an unknown role or a short password and stores nothing', async ({ assert }) => {
    const before = await countRows('users')
    const command = await ace.create(UsersCreateStaff, [
      '--name=Bad Input',
      '--email=bad@example.org',
      '--role=investor',
      '--password=short',
    ])
    await command.exec()
    assert.equal(command.exitCode, 1)
    assert.deepEqual(await countRows('users'), before)
  })
})
