import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import db from '@adonisjs/lucid/services/db'
import SavedSearch from '#models/saved_search'
import SentEmail from '#models/sent_email'
import OpportunityAlert from '#models/opportunity_alert'
import User from '#models/user'
import type Opportunity from '#models/opportunity'
import type Organisation from '#models/organisation'
import ReviewOpportunity from '#actions/opportunities/review_opportunity'
import SendOpportunityAlerts from '#jobs/send_opportunity_alerts'
import SendAlertDigests from '#jobs/send_alert_digests'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { createInvestorProfile } from '#tests/helpers/matching'
import { drainOutbox } from '#tests/helpers/outbox'
import { countRows } from '#tests/helpers/database'
import { submitAs } from '#tests/helpers/requests'

/** A listing sent for review, then approved by staff: the alert job runs from the outbox. */
async function publish(
  organisation: Organisation,
  overrides: Parameters<typeof createOpportunity>[1]
) {
  const listing = await createOpportunity(organisation, { ...overrides, status: 'in_review' })
  const staff = await UserFactory.apply('staff').create()
  await new ReviewOpportunity().handle({
    opportunity: listing,
    reviewer: staff,
    decision: { approve: true },
  })
  return listing
}

const coldStore = {
  municipality: 'pirot',
  sectors: ['agriculture-food'],
  titleEn: 'Cold storage for berries in Pirot',
  titleSr: 'Hladnjača za bobičasto voće u Pirotu',
}

async function investorWithSearch(
  filters: Record<string, unknown>,
  options: { frequency?: 'instant' | 'weekly' | 'none'; consent?: boolean; name?: string } = {}
) {
  const investor = await UserFactory.create()
  await createInvestorProfile(investor, {
    consent: options.consent ?? true,
    recommendationFrequency: 'none',
  })
  const search = await SavedSearch.create({
    userId: investor.id,
    name: options.name ?? 'Cold stores',
    filters,
    frequency: options.frequency ?? 'instant',
  })
  return { investor, search }
}

function emailsTo(user: User) {
  return SentEmail.query().where('toAddress', user.email).orderBy('id')
}

test.group('Saved searches', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investor saves the current search, renames it, changes its e-mail and deletes it', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const saved = await submitAs(client, investor, 'post', '/investor/searches', {
      json: {
        name: 'Food in the south',
        frequency: 'weekly',
        filters: {
          q: 'хладњача',
          sector: ['agriculture-food'],
          ticket_max: 500000,
          sort: 'newest',
          page: 2,
        },
      },
    })
    saved.assertStatus(302)
    const search = await SavedSearch.findByOrFail('userId', investor.id)
    assert.equal(search.name, 'Food in the south')
    assert.equal(search.frequency, 'weekly')
    // Paging and order are not part of a search.
    assert.deepEqual(search.filters, {
      q: 'хладњача',
      sector: ['agriculture-food'],
      ticket_max: 500000,
    })

    const list = await client.get('/investor/searches').loginAs(investor).withInertia()
    const [shown] = (list.inertiaProps as { searches: { id: number; browseUrl: string }[] })
      .searches
    assert.equal(shown.id, search.id)
    assert.equal(
      shown.browseUrl,
      '/opportunities?q=%D1%85%D0%BB%D0%B0%D0%B4%D1%9A%D0%B0%D1%87%D0%B0&sector=agriculture-food&ticket_max=500000'
    )

    await submitAs(client, investor, 'put', `/investor/searches/${search.id}`, {
      json: { name: 'Berries', frequency: 'none' },
      follow: true,
    })
    await search.refresh()
    assert.deepEqual([search.name, search.frequency], ['Berries', 'none'])

    await client.delete(`/investor/searches/${search.id}`).loginAs(investor).withCsrfToken()
    assert.isNull(await SavedSearch.find(search.id))
  })

  test('another investor cannot see, change or delete it, and a search without filters is refused', async ({
    client,
    assert,
  }) => {
    const { search } = await investorWithSearch({ q: 'pirot' })
    const other = await UserFactory.create()
    const change = await submitAs(client, other, 'put', `/investor/searches/${search.id}`, {
      json: { name: 'Mine now', frequency: 'instant' },
      asJsonCaller: true,
      follow: true,
    })
    change.assertStatus(404)
    const remove = await submitAs(client, other, 'delete', `/investor/searches/${search.id}`, {
      asJsonCaller: true,
      follow: true,
    })
    remove.assertStatus(404)
    await search.refresh()
    assert.equal(search.name, 'Cold stores')

    const before = await countRows('saved_searches')
    const empty = await submitAs(client, other, 'post', '/investor/searches', {
      json: { name: 'Everything', frequency: 'instant', filters: { sort: 'newest' } },
      referer: '/opportunities',
    })
    empty.assertStatus(302)
    assert.property(empty.flashMessages().inputErrorsBag, 'name')
    const invalid = await submitAs(client, other, 'post', '/investor/searches', {
      json: { name: '', frequency: 'hourly', filters: { type: 'casino' } },
      referer: '/opportunities',
    })
    assert.properties(invalid.flashMessages().inputErrorsBag, ['name', 'frequency'])
    assert.deepEqual(await countRows('saved_searches'), before)
  })
})

test.group('Alerts', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a Cyrillic saved search alerts at once about a Latin listing when staff publish it', async ({
    assert,
  }) => {
    const { investor } = await investorWithSearch({ q: 'хладњача пирот' })
    const { investor: elsewhere } = await investorWithSearch({ q: 'hotel', municipality: 'nis' })
    const { organisation } = await createPartner()
    const listing = await publish(organisation, coldStore)

    const ran = await drainOutbox()
    assert.includeMembers(ran, ['alerts:opportunity-published', 'mail:send'])
    const [email] = await emailsTo(investor)
    assert.equal(email.subject, 'A new project for you: Cold storage for berries in Pirot')
    assert.include(email.text, 'Found by your saved search “Cold stores”.')
    assert.include(email.text, `/opportunities/${listing.slug}`)
    assert.match(
      email.text!,
      /Unsubscribe from these e-mails: http\S+\/alerts\/unsubscribe\/\d+\?signature=/
    )
    assert.lengthOf(await emailsTo(elsewhere), 0)
    const alert = await OpportunityAlert.findByOrFail('userId', investor.id)
    assert.equal(alert.state, 'queued')
    assert.equal(alert.opportunityId, listing.id)
  })

  test('a listing sent back to its partner alerts nobody', async ({ assert }) => {
    const { investor } = await investorWithSearch({ q: 'pirot' })
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation, { ...coldStore, status: 'in_review' })
    const staff = await UserFactory.apply('staff').create()
    await new ReviewOpportunity().handle({
      opportunity: listing,
      reviewer: staff,
      decision: { approve: false, reason: 'The land title is missing.' },
    })
    const ran = await drainOutbox()
    assert.notInclude(ran, 'alerts:opportunity-published')
    assert.lengthOf(await emailsTo(investor), 0)
    // Run anyway (by hand, or late), the job checks that the listing is published.
    assert.deepEqual(await new SendOpportunityAlerts().handle({ opportunityId: listing.id }), {
      alerted: 0,
    })
  })

  test('never the same listing twice to the same person', async ({ assert }) => {
    // Two searches find it and the profile scores it highly too.
    const { investor } = await investorWithSearch({ q: 'pirot' })
    await SavedSearch.create({
      userId: investor.id,
      name: 'Food',
      filters: { sector: ['agriculture-food'] },
      frequency: 'instant',
    })
    await db
      .from('investor_profiles')
      .where('user_id', investor.id)
      .update({ place_of_birth: 'Pirot', recommendation_frequency: 'instant' })
    const { organisation } = await createPartner()
    const listing = await publish(organisation, coldStore)
    await drainOutbox()
    // The job runs again (a retry, a second worker) and the listing is approved anew later.
    await new SendOpportunityAlerts().handle({ opportunityId: listing.id })
    await drainOutbox()

    assert.lengthOf(await emailsTo(investor), 1)
    assert.lengthOf(await OpportunityAlert.query().where('userId', investor.id), 1)
  })

  test('weekly searches are collected into one digest listing every listing', async ({
    assert,
  }) => {
    const { investor } = await investorWithSearch(
      { sector: ['agriculture-food'] },
      { frequency: 'weekly' }
    )
    const { organisation } = await createPartner()
    const first = await publish(organisation, coldStore)
    const second = await publish(organisation, {
      municipality: 'leskovac',
      sectors: ['agriculture-food'],
      titleEn: 'Fruit drying plant in Leskovac',
    })
    await drainOutbox()
    assert.lengthOf(await emailsTo(investor), 0, 'nothing before the digest')

    const result = await new SendAlertDigests().handle({})
    assert.deepEqual(result, { digests: 1, alerts: 2, withheld: 0 })
    await drainOutbox()
    const emails = await emailsTo(investor)
    assert.lengthOf(emails, 1)
    assert.equal(emails[0].subject, '2 new projects for you this week')
    assert.include(emails[0].html, 'Cold storage for berries in Pirot')
    assert.include(emails[0].html, 'Fruit drying plant in Leskovac')
    assert.include(emails[0].html, `/opportunities/${first.slug}`)
    assert.include(emails[0].html, `/opportunities/${second.slug}`)
    assert.include(emails[0].html, '/alerts/unsubscribe/')

    // The next week's run has nothing left for this investor.
    assert.deepEqual(await new SendAlertDigests().handle({}), {
      digests: 0,
      alerts: 0,
      withheld: 0,
    })
  })

  test('alerts respect marketing consent', async ({ assert }) => {
    const { investor: noConsent } = await investorWithSearch({ q: 'pirot' }, { consent: false })
    // Scores 80 for the listing, wants recommendations at once, but never agreed.
    const scoredNoConsent = await UserFactory.create()
    await createInvestorProfile(scoredNoConsent, {
      placeOfBirth: 'Pirot',
      sectors: ['agriculture-food'],
      languages: ['en'],
      ticketMaxEur: 500_000,
      recommendationFrequency: 'instant',
    })
    // Agreed, collected for the digest, then withdrew before it went out.
    const { investor: withdrew } = await investorWithSearch({ q: 'pirot' }, { frequency: 'weekly' })
    const { organisation } = await createPartner()
    await publish(organisation, coldStore)
    await drainOutbox()
    assert.lengthOf(
      await OpportunityAlert.query().whereIn('userId', [noConsent.id, scoredNoConsent.id]),
      0
    )

    withdrew.merge({ marketingOptIn: false, marketingOptInAt: null })
    await withdrew.save()
    assert.deepEqual(await new SendAlertDigests().handle({}), {
      digests: 0,
      alerts: 0,
      withheld: 1,
    })
    await drainOutbox()
    for (const investor of [noConsent, scoredNoConsent, withdrew]) {
      assert.lengthOf(await emailsTo(investor), 0)
    }
  })

  test('a high score alone alerts an investor who agreed, with the reasons', async ({ assert }) => {
    const investor = await UserFactory.create()
    await createInvestorProfile(investor, {
      placeOfBirth: 'Pirot',
      sectors: ['agriculture-food'],
      languages: ['en'],
      ticketMaxEur: 500_000,
      recommendationFrequency: 'instant',
      consent: true,
    })
    const { organisation } = await createPartner()
    await publish(organisation, coldStore)
    await drainOutbox()
    const [email] = await emailsTo(investor)
    assert.include(
      email.text,
      'Matches your sector Agriculture & food, your home town Pirot, your ticket size, and a language you speak (English)'
    )
    const alert = await OpportunityAlert.findByOrFail('userId', investor.id)
    assert.equal(alert.score, 80)
    assert.isNull(alert.savedSearchId)
  })
})

test.group('Unsubscribe', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const link = (user: User) =>
    signedUrlFor('alerts.unsubscribe', { id: user.id }, { purpose: 'unsubscribe' })

  test('the signed link unsubscribes without logging in and withholds pending alerts', async ({
    client,
    assert,
  }) => {
    const { investor } = await investorWithSearch({ q: 'pirot' }, { frequency: 'weekly' })
    const { organisation } = await createPartner()
    await publish(organisation, coldStore)
    await drainOutbox()

    const page = await client.get(link(investor)).withInertia()
    page.assertStatus(200)
    assert.deepInclude(page.inertiaProps, { subscribed: true, email: investor.email })

    // What a mail client's own unsubscribe button sends (RFC 8058): no session, no CSRF token.
    const done = await client
      .post(link(investor))
      .form({ 'List-Unsubscribe': 'One-Click' })
      .redirects(0)
    done.assertStatus(302)
    const user = await User.findOrFail(investor.id)
    assert.isFalse(user.marketingOptIn)
    assert.isNull(user.marketingOptInAt)
    const [alert] = await OpportunityAlert.query().where('userId', investor.id)
    assert.equal(alert.state, 'withheld')
    assert.deepEqual(await new SendAlertDigests().handle({}), {
      digests: 0,
      alerts: 0,
      withheld: 0,
    })

    const after = await client.get(link(investor)).withInertia()
    assert.deepInclude(after.inertiaProps, { subscribed: false })
  })

  test('a tampered link is refused and changes nothing', async ({ client, assert }) => {
    const { investor } = await investorWithSearch({ q: 'pirot' })
    const victim = await UserFactory.create()
    await createInvestorProfile(victim, { consent: true })
    // Someone else's id under this investor's signature, and a signature made for another purpose.
    const forged = link(investor).replace(
      `/unsubscribe/${investor.id}?`,
      `/unsubscribe/${victim.id}?`
    )
    const otherPurpose = signedUrlFor(
      'alerts.unsubscribe',
      { id: victim.id },
      { purpose: 'introduction' }
    )
    for (const url of [forged, otherPurpose, `/alerts/unsubscribe/${victim.id}`]) {
      const show = await client.get(url)
      show.assertStatus(403)
      const post = await client.post(url).withCsrfToken()
      post.assertStatus(403)
    }
    await victim.refresh()
    assert.isTrue(victim.marketingOptIn)
  })

  test('the profile form records consent with its time and withdraws it', async ({
    client,
    assert,
  }) => {
    const investor = await UserFactory.create()
    const profile = await createInvestorProfile(investor)
    const form = {
      residenceCountryId: profile.residenceCountryId,
      marketingOptIn: true,
      recommendationFrequency: 'instant',
    }
    await client.put('/investor/profile').json(form).loginAs(investor).withCsrfToken()
    await investor.refresh()
    await profile.refresh()
    assert.isTrue(investor.marketingOptIn)
    assert.isNotNull(investor.marketingOptInAt)
    assert.equal(profile.recommendationFrequency, 'instant')

    await submitAs(client, investor, 'put', '/investor/profile', {
      json: { ...form, marketingOptIn: false },
      follow: true,
    })
    await investor.refresh()
    assert.isFalse(investor.marketingOptIn)
    assert.isNull(investor.marketingOptInAt)
  })
})

test.group('Staff: investors who fit a listing', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function scenario() {
    const { organisation } = await createPartner()
    const listing: Opportunity = await createOpportunity(organisation, coldStore)
    const best = await UserFactory.merge({ fullName: 'Snežana Jovanović' }).create()
    await createInvestorProfile(best, {
      placeOfBirth: 'Pirot',
      sectors: ['agriculture-food'],
      languages: ['sr'],
      consent: true,
      recommendationFrequency: 'none',
    })
    const weaker = await UserFactory.create()
    await createInvestorProfile(weaker, { sectors: ['agriculture-food'] })
    const staff = await UserFactory.apply('staff').create()
    return { listing, best, weaker, staff }
  }

  test('staff see the best-fitting investors with the reasons and consent', async ({
    client,
    assert,
  }) => {
    const { listing, best, weaker, staff } = await scenario()
    // Nothing in common but a language: listed last, to fill the list.
    const speaker = await UserFactory.create()
    await createInvestorProfile(speaker, { languages: ['en'] })
    const response = await client
      .get(`/staff/opportunities/${listing.id}/matches`)
      .loginAs(staff)
      .withInertia()
    response.assertStatus(200)
    const { matches } = response.inertiaProps as {
      matches: { investor: { id: number }; score: number; explanation: string; consent: boolean }[]
    }
    assert.deepEqual(
      matches.map((row) => [row.investor.id, row.score, row.consent]),
      [
        [best.id, 65],
        [weaker.id, 35],
        [speaker.id, 10],
      ].map(([id, score]) => [id, score, id === best.id])
    )
    assert.equal(
      matches[0].explanation,
      'Matches your sector Agriculture & food, your home town Pirot, and a language you speak (Serbian)'
    )
  })

  test('staff invite an investor: one e-mail, recorded, never twice, only with consent', async ({
    client,
    assert,
  }) => {
    const { listing, best, weaker, staff } = await scenario()
    const invite = (user: User) =>
      client
        .post(`/staff/opportunities/${listing.id}/invitations`)
        .header('referer', `/staff/opportunities/${listing.id}/matches`)
        .json({ userId: user.id })
        .loginAs(staff)
        .withCsrfToken()
        .redirects(0)

    ;(await invite(best)).assertStatus(302)
    await drainOutbox()
    const [email] = await emailsTo(best)
    assert.equal(
      email.subject,
      `${staff.fullName} invites you to look at “Cold storage for berries in Pirot”`
    )
    assert.isNull(email.dealId)
    const alert = await OpportunityAlert.findByOrFail('userId', best.id)
    assert.equal(alert.invitedById, staff.id)

    const again = await invite(best)
    assert.property(again.flashMessages().inputErrorsBag, 'userId')
    const refused = await invite(weaker)
    assert.property(refused.flashMessages().inputErrorsBag, 'userId')
    await drainOutbox()
    assert.lengthOf(await emailsTo(best), 1)
    assert.lengthOf(await emailsTo(weaker), 0)
  })

  test('an invitation to an investor with a deal for the listing goes on its timeline', async ({
    client,
    assert,
  }) => {
    const { listing, best, staff } = await scenario()
    const { default: ExpressInterest } = await import('#actions/opportunities/express_interest')
    await new ExpressInterest().handle({
      opportunity: listing,
      investor: best,
      data: {
        amountMinEur: 100_000,
        amountMaxEur: 200_000,
        message: 'Born in Pirot.',
        contactChannel: 'email',
        contactLanguage: 'sr',
        consentToShareContact: true,
      },
    })
    await drainOutbox()
    const deal = await db.from('deals').where({ investor_id: best.id }).firstOrFail()
    await submitAs(client, staff, 'post', `/staff/opportunities/${listing.id}/invitations`, {
      json: { userId: best.id },
      follow: true,
    })
    await drainOutbox()
    const email = await SentEmail.query()
      .where('toAddress', best.email)
      .where('subject', 'like', '%invites you%')
      .firstOrFail()
    assert.equal(email.dealId, deal.id)
    const activity = await db
      .from('deal_activities')
      .where({ deal_id: deal.id, kind: 'email' })
      .where('body', 'like', '%invites you%')
      .first()
    assert.exists(activity)
  })
})
