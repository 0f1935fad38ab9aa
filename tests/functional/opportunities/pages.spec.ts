import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import InvestorProfile from '#models/investor_profile'
import Sector from '#models/sector'
import Country from '#models/country'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'

test.group('Partner dashboard, public pages and the investor profile', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the partner dashboard lists only their own listings with their numbers', async ({
    client,
    assert,
  }) => {
    const { user, organisation } = await createPartner()
    const { organisation: other } = await createPartner()
    await createOpportunity(organisation, { interestsCount: 4 })
    await createOpportunity(organisation, { status: 'draft' })
    await createOpportunity(other)

    const response = await client.get('/partner/opportunities').loginAs(user).withInertia()
    response.assertInertiaComponent('opportunities/partner/index')
    const props = response.inertiaProps
    assert.lengthOf(props.opportunities, 2)
    assert.deepEqual(props.totals, { published: 1, views: 0, saves: 0, interests: 4 })
  })

  test('a listing page shows its place, sectors and organisation, and similar listings with theirs', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['energy', 'ict'],
    })
    // Similar by sector (another town), and by town (another sector).
    await createOpportunity(organisation, { municipality: 'kragujevac', sectors: ['ict'] })
    await createOpportunity(organisation, { municipality: 'nis', sectors: ['tourism'] })
    await createOpportunity(organisation, { municipality: 'subotica', sectors: ['tourism'] })

    const response = await client.get(`/opportunities/${listing.slug}`).withInertia()
    response.assertInertiaComponent('opportunities/show')
    const { opportunity, similar } = response.inertiaProps
    assert.equal(opportunity.municipality.slug, 'nis')
    assert.sameMembers(
      opportunity.sectors.map((sector: { slug: string }) => sector.slug),
      ['energy', 'ict']
    )
    assert.equal(opportunity.organisation.slug, organisation.slug)
    assert.isArray(opportunity.incentives)
    assert.isArray(opportunity.documents)
    const byTown = Object.fromEntries(
      similar.map((card: { municipality: { slug: string }; sectors: { slug: string }[] }) => [
        card.municipality.slug,
        card.sectors.map((sector) => sector.slug),
      ])
    )
    assert.deepEqual(byTown, { kragujevac: ['ict'], nis: ['tourism'] })
  })

  test('an organisation page shows who they are and only their published projects', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    await createOpportunity(organisation, { titleEn: 'Visible' })
    await createOpportunity(organisation, { titleEn: 'Secret draft', status: 'draft' })
    const response = await client.get(`/organisations/${organisation.slug}`).withInertia()
    response.assertStatus(200)
    assert.equal(response.inertiaProps.organisation.name, organisation.name)
    assert.deepEqual(
      response.inertiaProps.opportunities.map((row: { titleEn: string }) => row.titleEn),
      ['Visible']
    )
    const { organisation: pending } = await createPartner({ status: 'pending' })
    const hidden = await client.get(`/organisations/${pending.slug}`)
    hidden.assertStatus(404)
  })

  test('a municipality page shows its projects, partners and key figures', async ({
    client,
    assert,
  }) => {
    const { organisation } = await createPartner()
    await createOpportunity(organisation, { municipality: 'pirot', totalSizeEur: 3_000_000 })
    await createOpportunity(organisation, { municipality: 'pirot', totalSizeEur: 2_000_000 })
    await createOpportunity(organisation, { municipality: 'nis' })
    const response = await client.get('/municipalities/pirot').withInertia()
    response.assertStatus(200)
    assert.equal(response.inertiaProps.municipality.nameSrLatn, 'Pirot')
    assert.deepEqual(response.inertiaProps.figures, {
      projects: 2,
      totalInvestmentEur: 5_000_000,
      jobsExpected: 40,
    })
  })

  test('an investor fills in the profile the Niš office asks for', async ({ client, assert }) => {
    const investor = await UserFactory.create()
    const germany = await Country.findByOrFail('code', 'DE')
    const ict = await Sector.findByOrFail('slug', 'ict')
    await submitAs(client, investor, 'put', '/investor/profile', {
      json: {
        residenceCountryId: germany.id,
        residenceCity: 'München',
        placeOfBirth: 'Niš',
        education: 'MSc Electrical Engineering, University of Niš',
        occupation: 'Engineer',
        company: 'Siemens',
        languages: ['sr', 'de', 'en'],
        sectorIds: [ict.id],
        ticketMinEur: 50_000,
        ticketMaxEur: 300_000,
      },
    })
    const profile = await InvestorProfile.query()
      .where('userId', investor.id)
      .preload('preferredSectors')
      .firstOrFail()
    assert.equal(profile.placeOfBirth, 'Niš')
    assert.deepEqual(profile.languages, ['sr', 'de', 'en'])
    assert.deepEqual(
      profile.preferredSectors.map((sector) => sector.slug),
      ['ict']
    )
    const page = await client.get('/investor/profile').loginAs(investor).withInertia()
    assert.equal(page.inertiaProps.profile.company, 'Siemens')
  })

  test('a bad profile is refused beside the fields and nothing changes', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const before = await countRows('investor_profiles', 'investor_preferred_sectors')
    const response = await submitAs(client, investor, 'put', '/investor/profile', {
      json: {
        residenceCountryId: 99999,
        languages: ['klingon'],
        ticketMinEur: 500,
        ticketMaxEur: 100,
      },
    })
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, ['residenceCountryId', 'languages.0', 'ticketMaxEur'])
    assert.deepEqual(await countRows('investor_profiles', 'investor_preferred_sectors'), before)
  })

  test('partners and staff cannot use investor pages, investors cannot use partner pages', async ({
    client,
  }) => {
    const { user: partner } = await createPartner()
    const investor = await UserFactory.create()
    const staff = await UserFactory.apply('staff').create()
    for (const url of ['/investor/saved', '/investor/interests', '/investor/profile']) {
      ;(await client.get(url).loginAs(partner)).assertStatus(403)
      ;(await client.get(url).loginAs(staff)).assertStatus(403)
    }
    for (const url of [
      '/partner/opportunities',
      '/partner/opportunities/new',
      '/staff/opportunities',
      '/staff/interests',
    ]) {
      ;(await client.get(url).loginAs(investor)).assertStatus(403)
    }
    ;(await client.get('/staff/opportunities').loginAs(partner)).assertStatus(403)
  })
})
