import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import SentEmail from '#models/sent_email'
import { UserFactory } from '#database/factories/user_factory'
import { countRows } from '#tests/helpers/database'
import { drainOutbox, queuedMails } from '#tests/helpers/outbox'

const password = 'a-long-enough-password'

test.group('Registration', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor signs up, is logged in and gets a confirmation e-mail', async ({
    client,
    assert,
  }) => {
    const germany = await Country.findByOrFail('code', 'DE')
    const response = await client
      .post('/register')
      .form({
        fullName: 'Vesna Ristić',
        email: 'Vesna.Ristic@Example.com',
        password,
        passwordConfirmation: password,
        residenceCountryId: germany.id,
        residenceCity: 'Stuttgart',
        acceptTerms: 'on',
      })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    const user = await User.query()
      .where('email', 'vesna.ristic@example.com')
      .preload('investorProfile')
      .firstOrFail()
    assert.equal(user.role, 'investor')
    assert.isNull(user.emailVerifiedAt)
    assert.equal(user.investorProfile.residenceCountryId, germany.id)
    assert.equal(user.investorProfile.residenceCity, 'Stuttgart')
    assert.notEqual(user.password, password, 'the password is stored hashed')

    // Queued with the account, sent by the mail job, once.
    const [queued] = await queuedMails('verify_email')
    assert.deepEqual(queued.payload.args, { userId: user.id })
    await drainOutbox()
    await drainOutbox()
    const emails = await SentEmail.query().where('toAddress', 'vesna.ristic@example.com')
    assert.lengthOf(emails, 1)
    assert.include(emails[0].html!, '/verify-email/')
  })

  test('a partner registers a new organisation that waits for staff review', async ({
    client,
    assert,
  }) => {
    const serbia = await Country.findByOrFail('code', 'RS')
    const nis = await Municipality.findByOrFail('slug', 'nis')
    const response = await client
      .post('/register/partner')
      .form({
        'fullName': 'Petar Stanković',
        'email': 'petar@pirot.example',
        password,
        'passwordConfirmation': password,
        'acceptTerms': 'on',
        'organisation[name]': 'Opština Pirot — LER',
        'organisation[kind]': 'municipal_office',
        'organisation[countryId]': serbia.id,
        'organisation[municipalityId]': nis.id,
        'organisation[website]': 'https://www.pirot.rs',
      })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    const user = await User.findByOrFail('email', 'petar@pirot.example')
    assert.equal(user.role, 'partner')
    const organisation = await Organisation.query()
      .where('name', 'Opština Pirot — LER')
      .preload('members')
      .firstOrFail()
    assert.equal(organisation.status, 'pending')
    assert.equal(organisation.slug, 'opstina-pirot-ler')
    assert.deepEqual(
      organisation.members.map((member) => [member.userId, member.role]),
      [[user.id, 'owner']]
    )
    const [queued] = await queuedMails('verify_email')
    assert.deepEqual(queued.payload.args, { userId: user.id })
  })

  test('a duplicate e-mail (any case) gets a field error and stores nothing', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ email: 'taken@example.com' }).create()
    const before = await countRows('users', 'investor_profiles', 'sent_emails', 'outbox_messages')
    const germany = await Country.findByOrFail('code', 'DE')

    const response = await client
      .post('/register')
      .header('referer', '/register')
      .form({
        fullName: 'Someone Else',
        email: 'TAKEN@example.com',
        password,
        passwordConfirmation: password,
        residenceCountryId: germany.id,
        acceptTerms: 'on',
      })
      .withCsrfToken()
      .withInertia()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/register')
    response.assertFlashMessage('inputErrorsBag', { email: ['This e-mail is already taken.'] })
    assert.deepEqual(
      await countRows('users', 'investor_profiles', 'sent_emails', 'outbox_messages'),
      before
    )
  })

  test('bad input is answered field by field and stores nothing', async ({ client, assert }) => {
    const before = await countRows('users', 'organisations', 'organisation_members')
    const response = await client
      .post('/register/partner')
      .header('referer', '/register/partner')
      .form({
        'fullName': 'X',
        'email': 'not-an-email',
        'password': 'short',
        'passwordConfirmation': 'different',
        'organisation[name]': '',
        'organisation[kind]': 'chamber',
        'organisation[countryId]': 999999,
        'organisation[website]': 'javascript:alert(1)',
      })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.containsSubset(Object.keys(errors), [
      'fullName',
      'email',
      'password',
      'acceptTerms',
      'organisation.name',
      'organisation.kind',
      'organisation.countryId',
      'organisation.website',
    ])
    assert.deepEqual(await countRows('users', 'organisations', 'organisation_members'), before)
  })

  test('the JSON form of a refused registration is a 422 with field errors', async ({ client }) => {
    const response = await client
      .post('/register')
      .json({ email: 'x' })
      .header('accept', 'application/json')
      .withCsrfToken()
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ field: 'fullName' }] })
  })

  test('staff and admin roles cannot be chosen at sign-up', async ({ client, assert }) => {
    const germany = await Country.findByOrFail('code', 'DE')
    await client
      .post('/register')
      .form({
        fullName: 'Would Be Admin',
        email: 'sneaky@example.com',
        password,
        passwordConfirmation: password,
        residenceCountryId: germany.id,
        acceptTerms: 'on',
        role: 'admin',
      })
      .withCsrfToken()
      .redirects(0)
    const user = await User.findByOrFail('email', 'sneaky@example.com')
    assert.equal(user.role, 'investor')
  })
})
