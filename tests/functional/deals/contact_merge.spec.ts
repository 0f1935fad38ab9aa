import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'
import Deal from '#models/deal'
import type User from '#models/user'
import type Opportunity from '#models/opportunity'
import ExpressInterest from '#actions/opportunities/express_interest'
import SyncDealFromInterest from '#actions/deals/sync_deal_from_interest'
import LogActivity from '#actions/deals/log_activity'
import SubmitInquiry from '#actions/deals/contacts/submit_inquiry'
import MergeContacts from '#actions/deals/contacts/merge_contacts'
import Event from '#models/event'
import Country from '#models/country'
import { DateTime } from 'luxon'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { interestForm } from '#tests/helpers/marketplace'

/** An investor with an interest (and so a consent and a deal) in each listing. */
async function investorWithDeals(
  fullName: string,
  email: string,
  phone: string,
  listings: Opportunity[],
  staff: User
) {
  const investor = await UserFactory.merge({ fullName, email }).create()
  for (const opportunity of listings) {
    const { interest } = await new ExpressInterest().handle({
      opportunity,
      investor,
      data: interestForm,
    })
    await new SyncDealFromInterest().handle({ interestId: interest.id })
  }
  const contact = await Contact.findByOrFail('userId', investor.id)
  contact.phone = phone
  await contact.save()
  const deal = await Deal.findByOrFail('contactId', contact.id)
  await new LogActivity().handle({ deal, actor: staff, kind: 'note', body: `Called ${fullName}` })
  return { investor, contact }
}

/** Rows that must survive a merge, counted over the whole database and per person. */
async function counts(userIds: number[], contactIds: number[]) {
  const count = async (query: ReturnType<typeof db.from>) =>
    Number((await query.count('* as total'))[0].total)
  return {
    deals: await count(db.from('deals').whereIn('contact_id', contactIds)),
    interests: await count(db.from('interests').whereIn('investor_id', userIds)),
    consents: await count(db.from('consents').whereIn('user_id', userIds)),
    timeline: await count(
      db
        .from('deal_activities')
        .whereIn('deal_id', db.from('deals').whereIn('contact_id', contactIds).select('id'))
    ),
    inquiries: await count(db.from('inquiries').whereIn('contact_id', contactIds)),
    allDeals: await count(db.from('deals')),
    allInterests: await count(db.from('interests')),
    allConsents: await count(db.from('consents')),
    allTimeline: await count(db.from('deal_activities')),
    allInquiries: await count(db.from('inquiries')),
    allAudit: await count(db.from('audit_entries')),
  }
}

async function setting() {
  const staff = await UserFactory.apply('staff').create()
  const { organisation } = await createPartner()
  const listings = [
    await createOpportunity(organisation),
    await createOpportunity(organisation),
    await createOpportunity(organisation),
  ]
  const latin = await investorWithDeals(
    'Marko Petrović',
    'marko.petrovic@example.com',
    '+381 64 123 4567',
    listings.slice(0, 2),
    staff
  )
  const cyrillic = await investorWithDeals(
    'Петровић Марко',
    'm.petrovic@example.ch',
    '064/123-4567',
    listings.slice(1, 3),
    staff
  )
  return { staff, latin, cyrillic }
}

test.group('CRM: one person, one contact', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('Petrović, Петровић and Petrovic are offered as one person, with the evidence', async ({
    client,
    assert,
  }) => {
    const { staff, latin, cyrillic } = await setting()
    // No diacritics, other mailbox, no phone: only the name key links it.
    await new SubmitInquiry().handle({
      data: {
        fullName: 'Marko Petrovic',
        email: 'MARKO.PETROVIC+most@example.com',
        placeOfResidence: 'Beč',
        question: 'Is there land for a winery near Negotin?',
        locale: 'sr-Latn',
        consent: true,
      },
    })
    const stranger = await new SubmitInquiry().handle({
      data: {
        fullName: 'Jovana Ilić',
        email: 'jovana@example.org',
        placeOfResidence: 'Oslo',
        question: 'How do I register a company?',
        locale: 'en',
        consent: true,
      },
    })

    const page = await client.get('/crm/contacts/duplicates').loginAs(staff).withInertia()
    page.assertStatus(200)
    const pairs: {
      contactId: number
      otherId: number
      reasons: string[]
      keys: Record<string, string>
    }[] = page.inertiaProps.pairs
    const find = (a: number, b: number) =>
      pairs.find(
        (pair) =>
          (pair.contactId === a && pair.otherId === b) ||
          (pair.contactId === b && pair.otherId === a)
      )
    const scripts = find(latin.contact.id, cyrillic.contact.id)
    assert.exists(scripts)
    assert.sameMembers(scripts!.reasons, ['phone', 'name'])
    assert.equal(scripts!.keys.name, 'marko petrovic')
    assert.equal(scripts!.keys.phone, '381641234567')

    const inquirer = await Contact.findByOrFail('email', 'MARKO.PETROVIC+most@example.com')
    const plain = find(latin.contact.id, inquirer.id)
    // The +tag and the case do not hide the mailbox.
    assert.sameMembers(plain!.reasons, ['email', 'name'])
    assert.exists(find(cyrillic.contact.id, inquirer.id))
    const shown = page.inertiaProps.contacts.map(
      (contact: { fullName: string }) => contact.fullName
    )
    assert.includeMembers(shown, ['Marko Petrović', 'Петровић Марко', 'Marko Petrovic'])
    assert.isTrue(
      pairs.every(
        (pair) => pair.contactId !== stranger.contact.id && pair.otherId !== stranger.contact.id
      )
    )
  })

  test('merging the Latin and the Cyrillic contact keeps every deal, interest, consent, timeline and audit row', async ({
    client,
    assert,
  }) => {
    const { staff, latin, cyrillic } = await setting()
    const userIds = [latin.investor.id, cyrillic.investor.id]
    const contactIds = [latin.contact.id, cyrillic.contact.id]
    const before = await counts(userIds, contactIds)
    assert.equal(before.deals, 4)
    assert.equal(before.interests, 4)
    assert.isAtLeast(before.consents, 4)

    const response = await client
      .post('/crm/contacts/merge')
      .form({ survivorId: latin.contact.id, mergedId: cyrillic.contact.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `/crm/contacts/${latin.contact.id}`)

    // Nothing lost: the same rows exist, and all of the person's now hang on one contact.
    const after = await counts(userIds, contactIds)
    assert.deepEqual({ ...after, allAudit: 0 }, { ...before, allAudit: 0 })
    assert.equal(after.allAudit, before.allAudit + 2)
    const survivorDeals = await Deal.query().where('contactId', latin.contact.id)
    assert.lengthOf(survivorDeals, 4)
    assert.lengthOf(await Deal.query().where('contactId', cyrillic.contact.id), 0)

    const merged = await Contact.findOrFail(cyrillic.contact.id)
    assert.equal(merged.mergedIntoId, latin.contact.id)
    assert.isNotNull(merged.mergedAt)
    // Each account still signs in as itself; its interests show on the one person.
    assert.equal(merged.userId, cyrillic.investor.id)

    const page = await client.get(`/crm/contacts/${latin.contact.id}`).loginAs(staff).withInertia()
    assert.lengthOf(page.inertiaProps.deals, 4)
    assert.lengthOf(page.inertiaProps.interests, 4)
    assert.equal(page.inertiaProps.consentsCount, before.consents)
    assert.equal(page.inertiaProps.timeline.length, before.timeline)
    assert.equal(page.inertiaProps.contact.mergedContacts[0].id, cyrillic.contact.id)
    assert.equal(page.inertiaProps.merges[0].after.mergedName, 'Петровић Марко')
    assert.deepEqual(page.inertiaProps.merges[0].after.moved, { 'deals.contact_id': 2 })

    // The merged-away record says what it became, and the audit log names both.
    const old = await client
      .get(`/crm/contacts/${cyrillic.contact.id}`)
      .loginAs(staff)
      .withInertia()
    assert.equal(old.inertiaProps.contact.mergedInto.id, latin.contact.id)
    assert.lengthOf(old.inertiaProps.deals, 0)
    assert.equal(old.inertiaProps.merges[0].after.survivorId, latin.contact.id)
    const entries = await db
      .from('audit_entries')
      .where({ action: 'contact.merged', subject_type: 'contact' })
      .whereIn('subject_id', contactIds)
    assert.lengthOf(entries, 2)
    assert.isTrue(entries.every((entry) => entry.actor_id === staff.id))

    // One contact in the list, and the pair is no longer offered.
    const list = await client.get('/crm/contacts?q=petrovi').loginAs(staff).withInertia()
    assert.deepEqual(
      list.inertiaProps.contacts.map((contact: { id: number }) => contact.id),
      [latin.contact.id]
    )
    const duplicates = await client.get('/crm/contacts/duplicates').loginAs(staff).withInertia()
    assert.lengthOf(duplicates.inertiaProps.pairs, 0)
    const search = await client.get('/crm/search?q=петровић').loginAs(staff)
    const people = (search.body().results as { kind: string; id: number }[])
      .filter((hit) => hit.kind === 'contact')
      .map((hit) => hit.id)
    assert.deepEqual(people, [latin.contact.id])

    // A new interest of the merged-away account lands on the one person.
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation)
    const { interest } = await new ExpressInterest().handle({
      opportunity: listing,
      investor: cyrillic.investor,
      data: interestForm,
    })
    await new SyncDealFromInterest().handle({ interestId: interest.id })
    const newDeal = await Deal.findByOrFail('interestId', interest.id)
    assert.equal(newDeal.contactId, latin.contact.id)
  })

  test('a contact without an account takes the merged one’s account, phone and events; an event attended twice becomes once', async ({
    assert,
  }) => {
    const { staff, cyrillic } = await setting()
    const inquiry = await new SubmitInquiry().handle({
      data: {
        fullName: 'Marko Petrovic',
        email: 'marko.inquiry@example.net',
        placeOfResidence: 'Beč',
        question: 'Is there land for a winery near Negotin?',
        locale: 'sr-Latn',
        consent: true,
      },
    })
    // Both attended the same event, and the Cyrillic one another event too.
    const vienna = await Event.create({
      name: 'Vienna Diaspora Days',
      slug: 'vienna-diaspora-days-merge',
      city: 'Vienna',
      countryId: (await Country.findByOrFail('code', 'AT')).id,
      startsOn: DateTime.fromISO('2025-03-01'),
      signupOpen: false,
    })
    const zurich = await Event.create({
      name: 'Zürich Diaspora Evening',
      slug: 'zurich-diaspora-evening-merge',
      city: 'Zürich',
      countryId: (await Country.findByOrFail('code', 'CH')).id,
      startsOn: DateTime.fromISO('2025-05-01'),
      signupOpen: false,
    })
    const attend = (eventId: number, contactId: number) =>
      db.table('event_attendees').insert({
        event_id: eventId,
        contact_id: contactId,
        source: 'staff',
        created_at: new Date(),
        updated_at: new Date(),
      })
    await attend(vienna.id, inquiry.contact.id)
    await attend(vienna.id, cyrillic.contact.id)
    await attend(zurich.id, cyrillic.contact.id)

    const { moved, removed } = await new MergeContacts().handle({
      survivorId: inquiry.contact.id,
      mergedId: cyrillic.contact.id,
      actor: staff,
    })
    const survivor = await Contact.findOrFail(inquiry.contact.id)
    assert.equal(survivor.userId, cyrillic.investor.id)
    assert.equal(survivor.phone, '064/123-4567')
    assert.equal(survivor.kind, 'investor')
    assert.equal(moved['deals.contact_id'], 2)
    assert.isNull((await Contact.findOrFail(cyrillic.contact.id)).userId)
    // Vienna once (the repeat kept in the audit entry), Zürich moved over.
    const attendances = await db.from('event_attendees').where('contact_id', survivor.id)
    assert.sameMembers(
      attendances.map((row) => row.event_id),
      [vienna.id, zurich.id]
    )
    assert.equal(moved['event_attendees.contact_id'], 1)
    assert.lengthOf(removed['event_attendees.contact_id'] as unknown[], 1)
    const [entry] = await db
      .from('audit_entries')
      .where({ action: 'contact.merged', subject_id: survivor.id })
    assert.lengthOf(entry.after.removed['event_attendees.contact_id'], 1)
  })

  test('merging twice, with itself or as a partner is refused and changes nothing', async ({
    client,
    assert,
  }) => {
    const { staff, latin, cyrillic } = await setting()
    const { user: partner } = await createPartner()
    const forbidden = await client
      .post('/crm/contacts/merge')
      .form({ survivorId: latin.contact.id, mergedId: cyrillic.contact.id })
      .loginAs(partner)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(forbidden.status(), [302, 403])
    assert.isNull((await Contact.findOrFail(cyrillic.contact.id)).mergedIntoId)
    const page = await client.get('/crm/contacts/duplicates').loginAs(partner)
    assert.notEqual(page.status(), 200)

    const self = await client
      .post('/crm/contacts/merge')
      .json({ survivorId: latin.contact.id, mergedId: latin.contact.id })
      .header('accept', 'application/json')
      .loginAs(staff)
      .withCsrfToken()
    self.assertStatus(422)
    assert.equal(self.body().errors[0].field, 'mergedId')

    const first = await client
      .post('/crm/contacts/merge')
      .json({ survivorId: latin.contact.id, mergedId: cyrillic.contact.id })
      .header('accept', 'application/json')
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    first.assertStatus(302)
    const again = await client
      .post('/crm/contacts/merge')
      .json({ survivorId: cyrillic.contact.id, mergedId: latin.contact.id })
      .header('accept', 'application/json')
      .loginAs(staff)
      .withCsrfToken()
    again.assertStatus(422)
    const hostile = await client
      .post('/crm/contacts/merge')
      .json({ survivorId: "1'; DROP TABLE contacts;--", mergedId: 1e20 })
      .header('accept', 'application/json')
      .loginAs(staff)
      .withCsrfToken()
    hostile.assertStatus(422)
    assert.isNull((await Contact.findOrFail(latin.contact.id)).mergedIntoId)
  })

  test('staff set a pair aside as two different people', async ({ client, assert }) => {
    const { staff, latin, cyrillic } = await setting()
    const response = await client
      .post('/crm/contacts/duplicates/dismiss')
      .form({ contactId: cyrillic.contact.id, otherId: latin.contact.id })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const page = await client.get('/crm/contacts/duplicates').loginAs(staff).withInertia()
    assert.lengthOf(page.inertiaProps.pairs, 0)
    const entries = await db.from('audit_entries').where('action', 'contact.duplicate_dismissed')
    assert.lengthOf(entries, 2)
  })
})
