import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import User from '#models/user'
import Organisation from '#models/organisation'
import Country from '#models/country'

export const TEST_PASSWORD = 'correct-horse-battery'

export const UserFactory = factory
  .define(User, ({ faker }) => ({
    fullName: faker.person.fullName(),
    email: faker.internet.email().toLowerCase(),
    password: TEST_PASSWORD,
    role: 'investor' as const,
    locale: 'en',
    emailVerifiedAt: DateTime.now(),
  }))
  .state('partner', (user) => (user.role = 'partner'))
  .state('staff', (user) => (user.role = 'staff'))
  .state('admin', (user) => (user.role = 'admin'))
  .state('unverified', (user) => (user.emailVerifiedAt = null))
  .build()

export const OrganisationFactory = factory
  .define(Organisation, async ({ faker }) => {
    const serbia = await Country.findByOrFail('code', 'RS')
    const name = `${faker.company.name()} ${faker.string.alphanumeric(5)}`
    return {
      name,
      slug: faker.helpers.slugify(name).toLowerCase(),
      kind: 'company' as const,
      status: 'approved' as const,
      countryId: serbia.id,
    }
  })
  .state('pending', (organisation) => (organisation.status = 'pending'))
  .build()

/** A partner who owns (or is a member of) a fresh organisation. */
export async function createPartner(
  options: { status?: 'approved' | 'pending'; role?: 'owner' | 'member' } = {}
) {
  const organisation = await OrganisationFactory.merge({
    status: options.status ?? 'approved',
  }).create()
  const user = await UserFactory.apply('partner').create()
  await organisation.related('members').create({ userId: user.id, role: options.role ?? 'owner' })
  return { user, organisation }
}
