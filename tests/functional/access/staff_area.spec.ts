import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { submitAs } from '#tests/helpers/requests'

test.group('Staff area access', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a partner cannot reach staff pages', async ({ client }) => {
    const { user } = await createPartner()
    const page = await client.get('/staff/organisations').loginAs(user).withInertia()
    page.assertStatus(403)
  })

  test('a partner cannot approve an organisation, even their own', async ({ client, assert }) => {
    const { user, organisation } = await createPartner({ status: 'pending' })
    const response = await submitAs(
      client,
      user,
      'post',
      `/staff/organisations/${organisation.id}/approve`,
      { asJsonCaller: true, follow: true }
    )
    response.assertStatus(403)
    await organisation.refresh()
    assert.equal(organisation.status, 'pending')
  })

  test('an investor cannot reach staff or partner pages', async ({ client }) => {
    const investor = await UserFactory.create()
    ;(await client.get('/staff/organisations').loginAs(investor)).assertStatus(403)
    ;(await client.get('/partner/organisation').loginAs(investor)).assertStatus(403)
  })

  test('a guest is sent to the login page', async ({ client }) => {
    const response = await client.get('/staff/organisations').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('staff and admins reach the review page', async ({ client }) => {
    for (const state of ['staff', 'admin'] as const) {
      const user = await UserFactory.apply(state).create()
      const page = await client.get('/staff/organisations').loginAs(user).withInertia()
      page.assertStatus(200)
      page.assertInertiaComponent('organisations/staff/review')
    }
  })

  test('the refusal is a page for people and JSON for API callers', async ({ client, assert }) => {
    const { user } = await createPartner()
    const page = await client
      .get('/staff/organisations')
      .loginAs(user)
      .header('accept', 'text/html')
    page.assertStatus(403)
    assert.match(page.text(), /errors(\\?\/|&#x2F;)forbidden/)
    const json = await client
      .get('/staff/organisations')
      .loginAs(user)
      .header('accept', 'application/json')
    json.assertStatus(403)
    assert.equal(json.body().errors[0].message, 'Access denied')
  })
})
