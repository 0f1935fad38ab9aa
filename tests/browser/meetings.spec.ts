import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import Meeting from '#models/meeting'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { dealFromInterest } from '#tests/helpers/marketplace'

const VANCOUVER = 'America/Vancouver'
const BELGRADE = 'Europe/Belgrade'

/** How an English reader sees an instant in a zone, by the server's (Node's) tz rules. */
function seenIn(instant: DateTime, zone: string) {
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  }).format(instant.toJSDate())
  return `${when} (${zone.replaceAll('_', ' ')})`
}

function invitationPath(participantId: number) {
  const url = signedUrlFor(
    'meetings.invitation',
    { id: participantId },
    { expiresIn: '60 days', purpose: 'meeting' }
  )
  return url
}

test.group('Meetings across time zones (browser)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff propose a meeting; Vancouver and Belgrade each see their own local times', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').merge({ timeZone: BELGRADE }).create()
    const investor = await UserFactory.merge({
      fullName: 'Mila Stanković',
      timeZone: VANCOUVER,
      locale: 'en',
    }).create()
    const { user: partner, organisation } = await createPartner()
    partner.merge({ timeZone: BELGRADE, locale: 'en' })
    await partner.save()
    const opportunity = await createOpportunity(organisation, { titleEn: 'Cold storage near Niš' })
    opportunity.merge({ contactName: partner.fullName, contactEmail: partner.email })
    await opportunity.save()
    const { deal } = await dealFromInterest(investor, opportunity)

    // Staff in Belgrade offer 18:00 and 19:30 their time, two weeks ahead.
    const day = DateTime.now().setZone(BELGRADE).plus({ days: 14 }).startOf('day')
    const first = day.set({ hour: 18 })
    const second = day.set({ hour: 19, minute: 30 })
    await browserContext.loginAs(staff)
    const dealPage = await visit(`/crm/deals/${deal.id}`)
    const form = dealPage.locator('[data-test="propose-meeting"]')
    await form.locator('#meeting-title').fill('First call about the cold storage')
    await form.locator('#meeting-location').fill('https://meet.example.org/most-7')
    await form.locator('#meeting-duration').fill('45')
    await form.locator('#meeting-slot-0').fill(first.toFormat("yyyy-LL-dd'T'HH:mm"))
    await form.locator('#meeting-slot-1').fill(second.toFormat("yyyy-LL-dd'T'HH:mm"))
    await form.locator('button[type="submit"]').click()
    await dealPage.locator('[data-test="meeting"]').waitFor()
    await dealPage.assertTextContains('[data-test="meetings"]', seenIn(first, BELGRADE))
    await dealPage.assertTextContains('[data-test="timeline"]', 'Meeting proposed')

    const meeting = await Meeting.query()
      .where('dealId', deal.id)
      .preload('participants')
      .firstOrFail()
    const investorInvite = meeting.participants.find((each) => each.role === 'investor')!
    const partnerInvite = meeting.participants.find((each) => each.role === 'partner')!

    // The investor's page: both times in Vancouver (09:00 or 10:00, by the runtime's rules).
    const investorPage = await visit(invitationPath(investorInvite.id))
    await investorPage.assertTextContains('[data-test="invitee-zone"]', VANCOUVER)
    const investorSlots = await investorPage.locator('[data-test="meeting-slot"]').allInnerTexts()
    assert.deepEqual(
      investorSlots.map((text) => text.trim()),
      [seenIn(first, VANCOUVER), seenIn(second, VANCOUVER)]
    )
    assert.notInclude(investorSlots.join(' '), '18:00')

    // The partner's page: the same instants in Belgrade.
    const partnerPage = await visit(invitationPath(partnerInvite.id))
    await partnerPage.assertTextContains('[data-test="invitee-zone"]', BELGRADE)
    const partnerSlots = await partnerPage.locator('[data-test="meeting-slot"]').allInnerTexts()
    assert.deepEqual(
      partnerSlots.map((text) => text.trim()),
      [seenIn(first, BELGRADE), seenIn(second, BELGRADE)]
    )
    assert.include(partnerSlots[0], '18:00')

    // The investor picks the second time; both pages then show it, each in its zone.
    await investorPage.locator('[data-test="meeting-slot"] input').nth(1).check()
    await investorPage.locator('[data-test="pick"]').click()
    await investorPage.assertTextContains('[data-test="meeting-status"]', seenIn(second, VANCOUVER))
    await investorPage.assertExists('[data-test="calendar-link"]')
    await partnerPage.reload()
    await partnerPage.assertTextContains('[data-test="meeting-status"]', seenIn(second, BELGRADE))
    await meeting.refresh()
    assert.equal(meeting.status, 'confirmed')
    assert.equal(meeting.startsAt!.toMillis(), second.toMillis())

    // The board's card now names the meeting as the deal's next activity (grey: later).
    const board = await visit('/crm/pipeline')
    const badge = `[data-deal="${deal.id}"] [data-test="next-activity"]`
    await board.assertExists(`${badge}[data-next="future"]`)
    await board.assertTextContains(badge, 'Meeting: First call about the cold storage')
    const nothingPlanned = await visit('/crm/pipeline?next=none')
    await nothingPlanned.assertNotExists(`[data-deal="${deal.id}"]`)
  })
})
