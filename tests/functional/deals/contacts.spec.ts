import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import SubmitInquiry from '#actions/deals/contacts/submit_inquiry'
import { UserFactory, createPartner } from '#database/factories/user_factory'

async function inquiry(email: string, fullName: string, placeOfResidence = 'Wien') {
  return new SubmitInquiry().handle({
    data: {
      fullName,
      email,
      placeOfResidence,
      question: 'What does the city offer to people who come back?',
      locale: 'en',
      consent: true,
    },
  })
}

test.group('CRM contacts', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff search contacts by name, e-mail or place and filter by kind', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    await inquiry('ana@example.ch', 'Ana Stojanović', 'Zürich')
    await inquiry('petar@example.se', 'Petar Nikolić', 'Malmö')

    const all = await client.get('/crm/contacts?kind=inquirer').loginAs(staff).withInertia()
    all.assertStatus(200)
    assert.sameMembers(
      all.inertiaProps.contacts.map((contact: { fullName: string }) => contact.fullName),
      ['Ana Stojanović', 'Petar Nikolić']
    )
    const byPlace = await client.get('/crm/contacts?q=zürich').loginAs(staff).withInertia()
    assert.deepEqual(
      byPlace.inertiaProps.contacts.map((contact: { email: string }) => contact.email),
      ['ana@example.ch']
    )
    const byEmail = await client.get('/crm/contacts?q=PETAR@').loginAs(staff).withInertia()
    assert.lengthOf(byEmail.inertiaProps.contacts, 1)
    const investors = await client.get('/crm/contacts?kind=investor').loginAs(staff).withInertia()
    assert.notInclude(
      investors.inertiaProps.contacts.map((contact: { email: string }) => contact.email),
      'ana@example.ch'
    )
  })

  test('a contact page shows their deals with stage, their questions and the timeline', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { contact, deal } = await inquiry('jelena@example.fr', 'Jelena Marković')
    await inquiry('JELENA@example.fr', 'Jelena Marković')

    const page = await client.get(`/crm/contacts/${contact.id}`).loginAs(staff).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.contact.fullName, 'Jelena Marković')
    assert.equal(page.inertiaProps.contact.owner.id, staff.id)
    assert.lengthOf(page.inertiaProps.deals, 2)
    assert.include(
      page.inertiaProps.deals.map((row: { id: number }) => row.id),
      deal.id
    )
    assert.equal(page.inertiaProps.deals[0].stage.key, 'new')
    assert.equal(page.inertiaProps.deals[0].pipeline, 'Returnee support')
    assert.lengthOf(page.inertiaProps.inquiries, 2)
    assert.deepEqual(
      page.inertiaProps.timeline.map((item: { kind: string }) => item.kind),
      ['inquiry', 'inquiry']
    )
    const dealPage = await client.get(`/crm/deals/${deal.id}`).loginAs(staff).withInertia()
    assert.equal(dealPage.inertiaProps.deal.contact.id, contact.id)
  })

  test('contacts are staff-only', async ({ client }) => {
    const { contact } = await inquiry('secret@example.de', 'Private Person')
    const investor = await UserFactory.create()
    const { user: partner } = await createPartner()
    for (const url of ['/crm/contacts', `/crm/contacts/${contact.id}`]) {
      ;(await client.get(url).loginAs(investor)).assertStatus(403)
      ;(await client.get(url).loginAs(partner)).assertStatus(403)
      const anonymous = await client.get(url).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
  })
})
