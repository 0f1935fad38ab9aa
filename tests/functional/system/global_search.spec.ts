import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Contact from '#models/contact'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'

type Hit = { kind: string; id: number; title: string; href: string }

/** The staff's Ctrl+K search: deals, contacts, organisations and listings, blind to script and accents. */
test.group('Global search', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a Cyrillic query without accents finds Latin records with them, of every kind', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    organisation.name = 'Kancelarija Čačak Đurđevdan'
    await organisation.save()
    const listing = await createOpportunity(organisation, {
      titleEn: 'Cold store',
      titleSr: 'Hladnjača Čačak Đurđevdan',
    })
    const contact = await Contact.create({
      fullName: 'Đorđe Čačak Đurđevdan',
      email: `djordje-${Date.now()}@example.rs`,
      kind: 'investor',
      locale: 'sr-Latn',
    })

    const response = await client.get('/crm/search?q=чачак ђурђевдан').loginAs(staff)
    response.assertStatus(200)
    const hits = response.body().results as Hit[]
    const keys = hits.map((hit) => `${hit.kind}:${hit.id}`)
    assert.includeMembers(keys, [
      `organisation:${organisation.id}`,
      `listing:${listing.id}`,
      `contact:${contact.id}`,
    ])
    const ascii = await client.get('/crm/search?q=cacak%20djurdjevdan').loginAs(staff)
    assert.includeMembers(
      (ascii.body().results as Hit[]).map((hit) => `${hit.kind}:${hit.id}`),
      keys.filter((key) => !key.startsWith('deal:'))
    )
    const contactHit = hits.find((hit) => hit.kind === 'contact')!
    assert.equal(contactHit.href, `/crm/contacts/${contact.id}`)
  })

  test('LIKE wildcards are text; an empty query finds nothing; investors are refused', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const wildcard = await client.get('/crm/search?q=%25%25').loginAs(staff)
    wildcard.assertStatus(200)
    assert.deepEqual(wildcard.body().results, [])
    const empty = await client.get('/crm/search?q=').loginAs(staff)
    assert.deepEqual(empty.body().results, [])
    const investor = await UserFactory.create()
    const refused = await client
      .get('/crm/search?q=nis')
      .loginAs(investor)
      .header('accept', 'application/json')
    refused.assertStatus(403)
  })
})
