import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { countRows } from '#tests/helpers/database'

/**
 * Found by the production fuzz test: `{ "toString": 1 }` as a number field made VineJS'
 * number rule throw a TypeError (500 on /register). Keys named like Object.prototype
 * members are refused as field errors before any validator sees them.
 */
test.group('Fields named like Object.prototype members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('are a 422 field error, in the caller language, and store nothing', async ({
    client,
    assert,
  }) => {
    const before = await countRows('users', 'consents')
    const register = await client
      .post('/register')
      .json({
        fullName: 'Ana Ilić',
        email: 'ana@example.org',
        residenceCountryId: { $ne: 1, toString: 1 },
        acceptTerms: true,
      })
      .header('accept', 'application/json')
      .withCsrfToken()
      .redirects(0)
    register.assertStatus(422)
    assert.deepEqual(register.body().errors, [
      {
        field: 'residenceCountryId.toString',
        rule: 'reservedField',
        message: 'This field name is not allowed.',
      },
    ])

    const nested = await client
      .post('/inquiry')
      .json({ fullName: 'Ana', sectors: [{ valueOf: 2 }] })
      .header('accept', 'application/json')
      .header('accept-language', 'sr-Latn')
      .withCsrfToken()
      .redirects(0)
    nested.assertStatus(422)
    assert.equal(nested.body().errors[0].field, 'sectors.0.valueOf')
    assert.equal(nested.body().errors[0].message, 'Ovaj naziv polja nije dozvoljen.')
    assert.deepEqual(await countRows('users', 'consents'), before)
  })
})
