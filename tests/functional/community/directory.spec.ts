import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Country from '#models/country'
import Municipality from '#models/municipality'
import Organisation from '#models/organisation'
import { OrganisationFactory, UserFactory } from '#database/factories/user_factory'
import type { OrganisationKind } from '#enums/organisation'

async function entry(name: string, country: string, municipality: string, kind: OrganisationKind) {
  return OrganisationFactory.merge({
    name,
    kind,
    countryId: (await Country.findByOrFail('code', country)).id,
    municipalityId: (await Municipality.findByOrFail('slug', municipality)).id,
  }).create()
}

test.group('Regional directory', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(async () => {
    await entry('Zeta Chamber Podgorica', 'ME', 'podgorica', 'chamber')
    await entry('Niksic Tech Park', 'ME', 'niksic', 'technology_park')
    await entry('Skopje LED Office', 'MK', 'skopje', 'municipal_office')
    await entry('Sofia Angels', 'BG', 'sofia', 'investor_network')
    await entry('Nis Returnees NGO', 'RS', 'nis', 'ngo')
    await OrganisationFactory.apply('pending')
      .merge({
        name: 'Pending Chamber Podgorica',
        kind: 'chamber',
        countryId: (await Country.findByOrFail('code', 'ME')).id,
      })
      .create()
  })

  const names = (response: { inertiaProps: Record<string, any> }) =>
    response.inertiaProps.results.data.map((row: { name: string }) => row.name)

  test('lists approved entries of the whole region, Serbia first, never pending ones', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/directory').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('community/directory/index')
    const listed: string[] = names(response)
    assert.includeMembers(listed, [
      'Zeta Chamber Podgorica',
      'Niksic Tech Park',
      'Skopje LED Office',
      'Sofia Angels',
      'Nis Returnees NGO',
    ])
    assert.notInclude(listed, 'Pending Chamber Podgorica')
    assert.equal(listed.indexOf('Nis Returnees NGO'), 0)
    // The map needs each entry's place.
    const skopje = response.inertiaProps.results.data.find(
      (row: { name: string }) => row.name === 'Skopje LED Office'
    )
    assert.equal(skopje.municipality.slug, 'skopje')
    assert.isNumber(skopje.municipality.latitude)
    assert.equal(skopje.country.code, 'MK')
    assert.deepEqual(
      response.inertiaProps.countries.map((country: { code: string }) => country.code).sort(),
      ['BA', 'BG', 'MD', 'ME', 'MK', 'RS']
    )
  })

  test('filters by country, municipality and kind, alone and together', async ({
    client,
    assert,
  }) => {
    assert.sameMembers(names(await client.get('/directory?country=me').withInertia()), [
      'Zeta Chamber Podgorica',
      'Niksic Tech Park',
    ])
    assert.deepEqual(names(await client.get('/directory?municipality=skopje').withInertia()), [
      'Skopje LED Office',
    ])
    assert.deepEqual(names(await client.get('/directory?kind=investor_network').withInertia()), [
      'Sofia Angels',
    ])
    assert.deepEqual(
      names(await client.get('/directory?country=ME&kind=technology_park').withInertia()),
      ['Niksic Tech Park']
    )
    assert.deepEqual(
      names(await client.get('/directory?country=MK&kind=chamber').withInertia()),
      []
    )
  })

  test('an unknown kind is reported and ignored instead of failing', async ({ client, assert }) => {
    const response = await client.get('/directory?kind=casino&country=BG').withInertia()
    response.assertStatus(200)
    assert.deepEqual(response.inertiaProps.filterErrors, ['kind'])
    assert.includeMembers(names(response), ['Sofia Angels', 'Skopje LED Office'])
  })

  test('staff add an entry that shows at once; a municipality of another country is refused', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const moldova = await Country.findByOrFail('code', 'MD')
    const sofia = await Municipality.findByOrFail('slug', 'sofia')
    const fields = {
      name: 'Moldovan Diaspora Business Club',
      kind: 'investor_network',
      countryId: moldova.id,
      website: 'https://diaspora.example.md',
      description: 'Moldovans abroad who invest at home.',
    }
    const refused = await client
      .post('/crm/directory')
      .form({ ...fields, municipalityId: sofia.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    assert.property(refused.flashMessages().inputErrorsBag, 'municipalityId')
    assert.isNull(await Organisation.findBy('name', fields.name))

    const chisinau = await Municipality.findByOrFail('slug', 'chisinau')
    const saved = await client
      .post('/crm/directory')
      .form({ ...fields, municipalityId: chisinau.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const created = await Organisation.findByOrFail('name', fields.name)
    assert.equal(created.status, 'approved')
    assert.equal(created.slug, 'moldovan-diaspora-business-club')
    assert.equal(created.reviewedById, staff.id)
    assert.deepEqual(names(await client.get('/directory?municipality=chisinau').withInertia()), [
      fields.name,
    ])

    // Correcting it: a country outside the region is refused too.
    const germany = await Country.findByOrFail('code', 'DE')
    const outside = await client
      .put(`/crm/directory/${created.id}`)
      .form({ ...fields, countryId: germany.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    assert.property(outside.flashMessages().inputErrorsBag, 'countryId')
    await client
      .put(`/crm/directory/${created.id}`)
      .form({ ...fields, kind: 'ngo', municipalityId: chisinau.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    await created.refresh()
    assert.equal(created.kind, 'ngo')
  })
})

test.group('Regional directory: the staff form pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the new-entry page offers the listing region, all municipalities and the kinds', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const page = await client.get('/crm/directory/new').loginAs(staff).withInertia()
    page.assertInertiaComponent('community/directory/form')
    assert.isNull(page.inertiaProps.entry)
    const codes = (page.inertiaProps.countries as { code: string }[]).map((c) => c.code)
    assert.includeMembers(codes, ['RS', 'ME', 'MK', 'BA', 'MD', 'BG'])
    assert.notInclude(codes, 'DE')
    assert.include(
      (page.inertiaProps.municipalities as { slug: string }[]).map((m) => m.slug),
      'nis'
    )
    assert.includeMembers(page.inertiaProps.kinds, ['municipal_office', 'technology_park'])
    const investor = await UserFactory.create()
    ;(await client.get('/crm/directory/new').loginAs(investor)).assertStatus(403)
  })

  test('the edit page shows the entry as the public sees it, with its place', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const nis = await Municipality.findByOrFail('slug', 'nis')
    const office = await OrganisationFactory.merge({
      name: 'Razvojni centar Niš',
      municipalityId: nis.id,
      countryId: nis.countryId,
    }).create()
    const page = await client.get(`/crm/directory/${office.id}/edit`).loginAs(staff).withInertia()
    page.assertInertiaComponent('community/directory/form')
    assert.equal(page.inertiaProps.entry.id, office.id)
    assert.equal(page.inertiaProps.entry.name, 'Razvojni centar Niš')
    assert.equal(page.inertiaProps.entry.municipality.slug, 'nis')
    ;(await client.get('/crm/directory/999999/edit').loginAs(staff)).assertStatus(404)
  })
})
