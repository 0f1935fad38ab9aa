import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Consent from '#models/consent'
import Country from '#models/country'
import Interest from '#models/interest'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { PRIVACY_POLICY_VERSION, TERMS_VERSION } from '#enums/privacy'
import { listingAndInvestor, expressInterest } from '#tests/helpers/marketplace'

async function history(userId: number) {
  return Consent.query().where('userId', userId).orderBy('id')
}

test.group('Privacy: consent history', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('signing up records the terms and privacy policy versions, with time and address', async ({
    client,
    assert,
  }) => {
    const germany = await Country.findByOrFail('code', 'DE')
    const before = Date.now()
    await client
      .post('/register')
      .form({
        fullName: 'Vesna Ristić',
        email: 'vesna.consent@example.com',
        password: 'a-long-password-2026',
        passwordConfirmation: 'a-long-password-2026',
        residenceCountryId: germany.id,
        acceptTerms: 'on',
      })
      .withCsrfToken()
      .redirects(0)
    const user = await User.findByOrFail('email', 'vesna.consent@example.com')

    const rows = await history(user.id)
    assert.deepEqual(
      rows.map((row) => [row.kind, row.version, row.granted]),
      [
        ['terms', TERMS_VERSION, true],
        ['privacy_policy', PRIVACY_POLICY_VERSION, true],
      ]
    )
    assert.isAtLeast(rows[0].at.toMillis(), before - 1000)
    assert.isString(rows[0].ip)
  })

  test('the marketing box at sign-up is an opt-in of its own, recorded only when ticked', async ({
    client,
    assert,
  }) => {
    const germany = await Country.findByOrFail('code', 'DE')
    const signUp = (email: string, extra: Record<string, unknown>) =>
      client
        .post('/register')
        .form({
          fullName: 'Marko Petrović',
          email,
          password: 'a-long-password-2026',
          passwordConfirmation: 'a-long-password-2026',
          residenceCountryId: germany.id,
          acceptTerms: 'on',
          ...extra,
        })
        .withCsrfToken()
        .redirects(0)
    await signUp('yes.marketing@example.com', { marketingOptIn: 'true' })
    await signUp('no.marketing@example.com', {})

    const yes = await User.findByOrFail('email', 'yes.marketing@example.com')
    assert.isTrue(yes.marketingOptIn)
    assert.isNotNull(yes.marketingOptInAt)
    assert.deepEqual(
      (await history(yes.id)).map((row) => row.kind),
      ['terms', 'privacy_policy', 'marketing_emails']
    )
    const no = await User.findByOrFail('email', 'no.marketing@example.com')
    assert.isFalse(no.marketingOptIn)
    assert.deepEqual(
      (await history(no.id)).map((row) => row.kind),
      ['terms', 'privacy_policy']
    )
  })

  test('a refused sign-up (terms not accepted) records nothing', async ({ client, assert }) => {
    const germany = await Country.findByOrFail('code', 'DE')
    const count = async () => Number((await Consent.query().count('* as total'))[0].$extras.total)
    const before = await count()
    await client
      .post('/register')
      .form({
        fullName: 'No Terms',
        email: 'no.terms@example.com',
        password: 'a-long-password-2026',
        passwordConfirmation: 'a-long-password-2026',
        residenceCountryId: germany.id,
      })
      .withCsrfToken()
      .redirects(0)
    assert.isNull(await User.findBy('email', 'no.terms@example.com'))
    assert.equal(await count(), before)
  })

  test('marketing opt-in and opt-out on the profile are appended, each with its time', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const germany = await Country.findByOrFail('code', 'DE')
    const save = (marketingOptIn: boolean) =>
      client
        .put('/investor/profile')
        .json({ residenceCountryId: germany.id, marketingOptIn })
        .loginAs(investor)
        .withCsrfToken()
        .redirects(0)

    await save(true)
    await save(true) // no change: no new event
    await save(false)

    const rows = await history(investor.id)
    assert.deepEqual(
      rows.map((row) => [row.kind, row.granted]),
      [
        ['marketing_emails', true],
        ['marketing_emails', false],
      ]
    )
    assert.isTrue(rows[1].at >= rows[0].at)
    await investor.refresh()
    assert.isFalse(investor.marketingOptIn)
  })

  test('an interest stores the consent to share contact details, per listing, with a time', async ({
    client,
    assert,
  }) => {
    const { investor, organisation, opportunity } = await listingAndInvestor()
    await expressInterest(client, investor, opportunity, {
      json: {
        amountMinEur: 50_000,
        amountMaxEur: 90_000,
        contactChannel: 'email',
        contactLanguage: 'en',
        consentToShareContact: true,
      },
    })

    const interest = await Interest.findByOrFail('investorId', investor.id)
    assert.isNotNull(interest.consentGivenAt)
    const rows = await history(investor.id)
    assert.deepEqual(
      rows.map((row) => [row.kind, row.granted, row.opportunityId]),
      [['share_contact', true, opportunity.id]]
    )

    // Without the box ticked nothing is stored.
    const other = await createOpportunity(organisation)
    const refused = await expressInterest(client, investor, other, {
      json: { amountMinEur: 1, amountMaxEur: 2, contactChannel: 'email', contactLanguage: 'en' },
    })
    refused.assertStatus(302)
    assert.lengthOf(await history(investor.id), 1)
  })
})
