import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import AuditEntry from '#models/audit_entry'
import Contact from '#models/contact'
import Country from '#models/country'
import User from '#models/user'
import { TEST_PASSWORD, UserFactory, createPartner } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import type { ApiClient } from '@japa/api-client'
import { submitAs } from '#tests/helpers/requests'
import { interestAndDeal, listingWithStaff } from '#tests/helpers/marketplace'

/** An investor with a profile, marketing consent, a saved listing and an interest that became a deal. */
async function activeInvestor(client: ApiClient, slug: string, message: string) {
  const investor = await UserFactory.create()
  const germany = await Country.findByOrFail('code', 'DE')
  await submitAs(client, investor, 'put', '/investor/profile', {
    json: { residenceCountryId: germany.id, placeOfBirth: 'Niš', marketingOptIn: true },
  })
  await submitAs(client, investor, 'post', `/opportunities/${slug}/save`)
  const { interest, deal } = await interestAndDeal(
    client,
    investor,
    { slug },
    {
      amountMinEur: 10_000,
      amountMaxEur: 20_000,
      message,
      contactChannel: 'email',
    }
  )
  return { investor, interest, deal }
}

function deleteAccount(client: ApiClient, user: User, body: Record<string, unknown>) {
  return client
    .post('/account/delete')
    .header('referer', '/account')
    .json(body)
    .loginAs(user)
    .withCsrfToken()
    .redirects(0)
}

test.group('Privacy: delete my account', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a wrong password or a missing confirmation changes nothing', async ({ client, assert }) => {
    const opportunity = await listingWithStaff()
    const { investor } = await activeInvestor(client, opportunity.slug, 'Hello')
    const before = await countRows('investor_profiles', 'saved_opportunities', 'consents')

    const wrong = await deleteAccount(client, investor, { password: 'not-it', confirm: true })
    wrong.assertStatus(302)
    assert.property(wrong.flashMessages().inputErrorsBag, 'password')
    const unconfirmed = await deleteAccount(client, investor, { password: TEST_PASSWORD })
    assert.property(unconfirmed.flashMessages().inputErrorsBag, 'confirm')

    await investor.refresh()
    assert.isNull(investor.deletedAt)
    assert.deepEqual(
      await countRows('investor_profiles', 'saved_opportunities', 'consents'),
      before
    )
  })

  test('deleting anonymises the person, withdraws interests and keeps deals with a timeline line', async ({
    client,
    assert,
  }) => {
    const opportunity = await listingWithStaff()
    const { investor, interest, deal } = await activeInvestor(
      client,
      opportunity.slug,
      'ALICE-PRIVATE-NOTE'
    )
    const other = await activeInvestor(client, opportunity.slug, 'BOB-STAYS')
    const email = investor.email
    const name = investor.fullName

    const response = await deleteAccount(client, investor, {
      password: TEST_PASSWORD,
      confirm: true,
    })
    response.assertStatus(302)
    response.assertHeader('location', '/')

    const user = await User.findOrFail(investor.id)
    assert.equal(user.fullName, 'Deleted investor')
    assert.equal(user.email, `deleted-${investor.id}@deleted.invalid`)
    assert.isNotNull(user.deletedAt)
    assert.isFalse(user.marketingOptIn)
    assert.isNull(await User.findBy('email', email))

    // Personal things gone, the CRM contact anonymised.
    for (const table of ['investor_profiles', 'saved_opportunities']) {
      assert.lengthOf(await db.from(table).where('user_id', investor.id), 0, table)
    }
    const contact = await Contact.findByOrFail('userId', investor.id)
    assert.equal(contact.fullName, 'Deleted investor')
    assert.notEqual(contact.email.toLowerCase(), email)

    // The interest is withdrawn without its message; the deal stays, without the name.
    await interest.refresh()
    assert.equal(interest.status, 'withdrawn')
    assert.isNull(interest.message)
    await deal.refresh()
    assert.notInclude(deal.title, name)
    assert.match(deal.title, /^Deleted investor · /)
    const lines = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'account_deleted' })
    assert.lengthOf(lines, 1)
    assert.isNull(lines[0].actor_id)

    // Nothing about the person is left in what staff search.
    const leftovers = await db.rawQuery(
      `SELECT count(*)::int AS n FROM (
         SELECT full_name AS v FROM users UNION ALL SELECT email FROM users
         UNION ALL SELECT full_name FROM contacts UNION ALL SELECT email FROM contacts
         UNION ALL SELECT title FROM deals UNION ALL SELECT coalesce(message, '') FROM interests
       ) t WHERE v ILIKE ? OR v ILIKE ? OR v LIKE '%ALICE-PRIVATE-NOTE%'`,
      [`%${name}%`, `%${email}%`]
    )
    assert.equal(leftovers.rows[0].n, 0)

    // Someone else's interest and deal are untouched.
    await other.interest.refresh()
    assert.equal(other.interest.message, 'BOB-STAYS')
    assert.notEqual(other.interest.status, 'withdrawn')

    // The consent history stays, closed by the withdrawal of marketing consent.
    const consents = await db.from('consents').where('user_id', investor.id).orderBy('id')
    assert.deepEqual(
      consents.map((row) => [row.kind, row.granted]),
      [
        ['marketing_emails', true],
        ['share_contact', true],
        ['marketing_emails', false],
      ]
    )

    // The audit log records it, without the name or address.
    const entries = await AuditEntry.query().where({
      action: 'user.deleted',
      subjectId: investor.id,
    })
    assert.lengthOf(entries, 1)
    assert.notInclude(JSON.stringify(entries[0].serialize()), email)
  })

  test('afterwards nobody can log in as the person, and other sessions are ended', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const email = investor.email
    await deleteAccount(client, investor, { password: TEST_PASSWORD, confirm: true })

    const login = await client
      .post('/login')
      .header('referer', '/login')
      .form({ email, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertHeader('location', '/login')
    assert.property(login.flashMessages().inputErrorsBag ?? {}, 'email')

    // A session opened before the deletion (another browser) is logged out on its next request.
    const deleted = await User.findOrFail(investor.id)
    const stale = await client.get('/dashboard').loginAs(deleted).redirects(0)
    stale.assertStatus(302)
    assert.match(stale.header('location') ?? '', /^\/login/)
  })

  test('partner and staff accounts cannot be deleted from the page', async ({ client, assert }) => {
    const { user: partner } = await createPartner()
    const staff = await UserFactory.apply('staff').create()
    for (const user of [partner, staff]) {
      const response = await submitAs(client, user, 'post', '/account/delete', {
        json: { password: TEST_PASSWORD, confirm: true },
        asJsonCaller: true,
        follow: true,
      })
      response.assertStatus(403)
      await user.refresh()
      assert.isNull(user.deletedAt)
    }
  })
})
