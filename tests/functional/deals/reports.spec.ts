import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Deal from '#models/deal'
import Interest from '#models/interest'
import PipelineStage from '#models/pipeline_stage'
import LostReason from '#models/lost_reason'
import ExpressInterest from '#actions/opportunities/express_interest'
import MoveDeal from '#actions/deals/move_deal'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { drainOutbox } from '#tests/helpers/outbox'
import { countQueries } from '#tests/helpers/queries'

async function stage(key: string) {
  return PipelineStage.query()
    .whereIn('pipelineId', db.from('pipelines').where('slug', 'investments').select('id'))
    .where('key', key)
    .firstOrFail()
}

test.group('CRM reports', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('funnel, conversion, value, outcomes and lost reasons over a period', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    // The report covers every deal: what this test adds is measured against what was there.
    const report = async () => {
      const page = await client.get('/crm/reports').loginAs(staff).withInertia()
      const props = page.inertiaProps as Record<string, any>
      const funnel = new Map<string, any>(props.funnel.map((row: any) => [row.key, row]))
      const municipality = (name: string) =>
        props.outcomesByMunicipality.find((row: any) => row.municipality === name) ?? {
          won: 0,
          lost: 0,
          wonEur: 0,
        }
      const lostIn = (name: string) =>
        props.lostReasons.find(
          (row: any) => row.municipality === name && row.reasonKey === 'unclear_land_title'
        )?.deals ?? 0
      return {
        entered: (key: string) => Number(funnel.get(key).entered),
        funnel,
        value: props.value,
        municipality,
        lostIn,
        props,
      }
    }
    const before = await report()
    const { organisation } = await createPartner()
    const nis = await createOpportunity(organisation, { municipality: 'nis' })
    const pirot = await createOpportunity(organisation, { municipality: 'pirot' })
    const investors = await UserFactory.createMany(3)
    const pairs = [
      [investors[0], nis, 100_000],
      [investors[1], nis, 300_000],
      [investors[2], pirot, 50_000],
    ] as const
    for (const [investor, opportunity, amount] of pairs) {
      await new ExpressInterest().handle({
        opportunity,
        investor,
        data: {
          amountMinEur: amount,
          amountMaxEur: amount,
          contactChannel: 'email',
          contactLanguage: 'en',
          consentToShareContact: true,
        },
      })
    }
    await drainOutbox()
    const investorIds = investors.map((investor) => investor.id)
    const deals = await Deal.query().whereIn('investorId', investorIds).orderBy('id')
    assert.lengthOf(deals, 3)
    assert.lengthOf(await Interest.query().whereIn('investorId', investorIds), 3)

    const qualified = await stage('qualified')
    const won = await stage('won')
    const lost = await stage('lost')
    const reason = await LostReason.findByOrFail('key', 'unclear_land_title')
    // Deal 0: New → Qualified → Won; deal 1: New → Qualified; deal 2: New → Lost.
    for (const [deal, targets] of [
      [deals[0], [qualified, won]],
      [deals[1], [qualified]],
      [deals[2], [lost]],
    ] as const) {
      for (const target of targets) {
        await deal.refresh()
        await new MoveDeal().handle({
          dealId: deal.id,
          stageId: target.id,
          lockVersion: deal.lockVersion,
          lostReasonId: target.kind === 'lost' ? reason.id : null,
          actor: staff,
        })
      }
    }

    const { result: response, queries } = await countQueries(() =>
      client.get('/crm/reports').loginAs(staff).withInertia()
    )
    response.assertStatus(200)
    const after = await report()
    const props = after.props
    const added = (key: string) => after.entered(key) - before.entered(key)
    assert.deepEqual(['new', 'qualified', 'won', 'lost'].map(added), [3, 2, 1, 1])
    assert.closeTo(
      after.funnel.get('new').conversionToNext,
      after.entered('qualified') / after.entered('new'),
      0.001
    )
    assert.isNumber(after.funnel.get('new').medianDaysInStage)
    // Still open of these: only deal 1, at 300,000 EUR in Qualified.
    assert.equal(after.value.openDeals - before.value.openDeals, 1)
    assert.equal(after.value.totalEur - before.value.totalEur, 300_000)
    assert.isAbove(after.value.weightedEur - before.value.weightedEur, 0)
    assert.isBelow(after.value.weightedEur - before.value.weightedEur, 300_000)

    const change = (name: string) => ({
      won: after.municipality(name).won - before.municipality(name).won,
      lost: after.municipality(name).lost - before.municipality(name).lost,
      wonEur: after.municipality(name).wonEur - before.municipality(name).wonEur,
    })
    assert.deepEqual(change('Niš'), { won: 1, lost: 0, wonEur: 100_000 })
    assert.deepInclude(change('Pirot'), { won: 0, lost: 1 })
    assert.equal(after.lostIn('Pirot') - before.lostIn('Pirot'), 1)
    assert.equal(after.lostIn('Niš') - before.lostIn('Niš'), 0)
    assert.isAbove(props.outcomesBySector.length, 0)
    // One aggregate query per figure, independent of the number of deals.
    assert.isAtMost(queries.length, 14)

    // A period before anything happened is empty.
    const empty = await client
      .get('/crm/reports?from=2020-01-01&to=2020-12-31')
      .loginAs(staff)
      .withInertia()
    assert.equal(empty.inertiaProps.funnel[0].entered, 0)
    assert.deepEqual(empty.inertiaProps.outcomesByMunicipality, [])
    assert.equal(empty.inertiaProps.period.from, '2020-01-01')

    // The returnee-support pipeline has its own report.
    const returnee = await client
      .get('/crm/reports?pipeline=returnee-support')
      .loginAs(staff)
      .withInertia()
    assert.equal(returnee.inertiaProps.pipeline.slug, 'returnee-support')
  })

  test('a period that ends before it starts is reported, not applied', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const response = await client
      .get('/crm/reports?from=2026-05-01&to=2026-01-01')
      .loginAs(staff)
      .withInertia()
    response.assertStatus(200)
    assert.isTrue(response.inertiaProps.periodInvalid)
  })

  test('partners and investors cannot open reports', async ({ client }) => {
    const { user: partner } = await createPartner()
    const investor = await UserFactory.create()
    ;(await client.get('/crm/reports').loginAs(partner)).assertStatus(403)
    ;(await client.get('/crm/reports').loginAs(investor)).assertStatus(403)
    ;(await client.get('/crm/reports').redirects(0)).assertStatus(302)
  })
})
