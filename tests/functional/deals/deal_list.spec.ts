import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Interest from '#models/interest'
import ExpressInterest from '#actions/opportunities/express_interest'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox } from '#tests/helpers/outbox'

test.group('Deal list and CSV export', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the list takes the board filters and the CSV holds the same rows', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const { organisation } = await createPartner()
    const nis = await createOpportunity(organisation, { municipality: 'nis' })
    const pirot = await createOpportunity(organisation, { municipality: 'pirot' })
    const investors = [
      await UserFactory.merge({ fullName: 'Ana "Ani" Petrović' }).create(),
      await UserFactory.merge({ fullName: '=HYPERLINK("x")' }).create(),
    ]
    for (const [investor, opportunity] of [
      [investors[0], nis],
      [investors[1], pirot],
    ] as const) {
      await new ExpressInterest().handle({
        opportunity,
        investor,
        data: {
          amountMinEur: 10_000,
          amountMaxEur: 20_000,
          contactChannel: 'email',
          contactLanguage: 'en',
          consentToShareContact: true,
        },
      })
    }
    await drainOutbox()
    const investorIds = investors.map((investor) => investor.id)
    assert.lengthOf(await Interest.query().whereIn('investorId', investorIds), 2)
    // Only this test's deals count: other files may have left their own.
    const ours = (deals: { investorName: string }[]) =>
      deals.filter((deal) => investors.some((investor) => investor.fullName === deal.investorName))

    const all = await client.get('/crm/deals').loginAs(staff).withInertia()
    assert.lengthOf(ours(all.inertiaProps.deals), 2)
    const filtered = await client.get('/crm/deals?municipality=pirot').loginAs(staff).withInertia()
    assert.deepEqual(
      ours(filtered.inertiaProps.deals).map((deal) => deal.investorName),
      ['=HYPERLINK("x")']
    )
    assert.isTrue(
      filtered.inertiaProps.deals.every(
        (deal: { municipality: string | null }) => deal.municipality === 'Pirot'
      )
    )

    const csv = await client.get('/crm/deals.csv').loginAs(staff)
    csv.assertStatus(200)
    csv.assertHeader('content-type', 'text/csv; charset=utf-8')
    const lines = csv
      .text()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    assert.lengthOf(lines, all.inertiaProps.deals.length + 1, 'the CSV holds the list rows')
    assert.match(lines[0], /^id,title,stage,value_eur/)
    // Quotes are escaped and formulas defused.
    assert.include(csv.text(), '"Ana ""Ani"" Petrović')
    assert.include(csv.text(), `"'=HYPERLINK(""x"")`)

    const { user: partner } = await createPartner()
    ;(await client.get('/crm/deals.csv').loginAs(partner)).assertStatus(403)
  })
})
