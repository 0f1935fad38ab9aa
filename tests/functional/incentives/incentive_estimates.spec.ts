import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import IncentiveRule from '#models/incentive_rule'
import OpportunityIncentive from '#models/opportunity_incentive'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import EstimateIncentives from '#actions/incentives/estimate_incentives'
import { incentiveRules } from '#database/data/incentives'

/** The plan of the worked examples: EUR 1 million, 50 jobs at EUR 1,000 gross a month. */
const plan = {
  investmentEur: 1_000_000,
  jobs: 50,
  monthlyGrossSalaryEur: 1_000,
  yearlyOperatingCashEur: 150_000,
}

async function listingIn(municipality: string, sectors = ['manufacturing']) {
  const { organisation } = await createPartner()
  return createOpportunity(organisation, { municipality, sectors })
}

async function estimateFor(municipality: string, sectors?: string[], wanted = plan) {
  return new EstimateIncentives().handle({
    opportunity: await listingIn(municipality, sectors),
    plan: wanted,
  })
}

const amountOf = (result: Awaited<ReturnType<typeof estimateFor>>, kind: string) =>
  result.rules.find((rule) => rule.kind === kind)

test.group('Incentives: worked examples from the seeded rules', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every seeded rule is marked unverified and names its source and date', async ({
    assert,
  }) => {
    const rules = await IncentiveRule.all()
    assert.lengthOf(rules, incentiveRules.length)
    for (const rule of rules) {
      assert.isFalse(rule.verified, rule.key)
      assert.isAbove(rule.legalSource.length, 10)
      assert.isNotNull(rule.sourceDate.toISODate())
    }
    const groups = await db.from('municipalities').whereIn('slug', ['nis', 'beograd', 'bujanovac'])
    assert.deepEqual(Object.fromEntries(groups.map((row) => [row.slug, row.development_group])), {
      nis: 'II',
      beograd: 'I',
      bujanovac: 'devastated',
    })
  })

  test('Niš (group II): EUR 4,000 per job (the cap) and 15 % of the investment', async ({
    assert,
  }) => {
    const result = await estimateFor('nis')
    assert.equal(result.developmentGroup, 'II')
    // 25 % of 24 months × EUR 1,000 = 6,000, above the group II cap of 4,000 → 4,000 × 50.
    assert.deepInclude(amountOf(result, 'per_job'), {
      perJobEur: 4_000,
      amountEur: 200_000,
      eligible: true,
    })
    // 15 % of EUR 1,000,000.
    assert.deepInclude(amountOf(result, 'fixed_assets'), { amountEur: 150_000, eligible: true })
    // The profit tax holiday needs RSD 1 billion and 100 jobs: not met.
    assert.deepInclude(amountOf(result, 'tax_relief'), { amountEur: 0, eligible: false })
    assert.equal(result.totals.cashEur, 350_000)
    assert.equal(result.netInvestmentEur, 650_000)
    // Year 1: 150,000 + half the job grant 100,000 + operations 150,000 = −600,000 cumulative;
    // year 2: −350,000; 3: −200,000; 4: −50,000; 5: +100,000.
    assert.deepEqual(
      result.years.map((year) => year.cumulativeEur),
      [
        -1_000_000, -600_000, -350_000, -200_000, -50_000, 100_000, 250_000, 400_000, 550_000,
        700_000, 850_000,
      ]
    )
    assert.equal(result.paybackYear, 5)
    assert.isFalse(result.verified)
  })

  test('Beograd (group I): EUR 3,000 per job (the cap) and 10 % of the investment', async ({
    assert,
  }) => {
    const result = await estimateFor('beograd')
    assert.equal(result.developmentGroup, 'I')
    // 20 % of 24,000 = 4,800, above the cap 3,000 → 3,000 × 50 = 150,000; 10 % of 1,000,000.
    assert.deepInclude(amountOf(result, 'per_job'), { perJobEur: 3_000, amountEur: 150_000 })
    assert.deepInclude(amountOf(result, 'fixed_assets'), { amountEur: 100_000 })
    assert.equal(result.totals.cashEur, 250_000)
    // −1,000,000 + 325,000 + 225,000 + 3 × 150,000 = 0 at the end of year 5.
    assert.equal(result.years[5].cumulativeEur, 0)
    assert.equal(result.paybackYear, 5)
  })

  test('Bujanovac (devastated): EUR 7,000 per job (the cap) and 30 %', async ({ assert }) => {
    const result = await estimateFor('bujanovac')
    assert.equal(result.developmentGroup, 'devastated')
    // 40 % of 24,000 = 9,600 → cap 7,000 × 50 = 350,000; 30 % of 1,000,000 = 300,000.
    assert.equal(result.totals.perJobEur, 350_000)
    assert.equal(result.totals.fixedAssetsEur, 300_000)
    assert.equal(result.totals.cashEur, 650_000)
  })

  test('below the share cap the salary share decides; below the thresholds nothing applies', async ({
    assert,
  }) => {
    // Niš, EUR 600 a month: 25 % of 14,400 = 3,600 (below the 4,000 cap) × 45 jobs.
    const low = await estimateFor('nis', undefined, {
      ...plan,
      jobs: 45,
      monthlyGrossSalaryEur: 600,
    })
    assert.deepInclude(amountOf(low, 'per_job'), { perJobEur: 3_600, amountEur: 162_000 })
    // Beograd needs 50 jobs and EUR 500,000: 30 jobs get nothing.
    const few = await estimateFor('beograd', undefined, { ...plan, jobs: 30 })
    assert.equal(few.totals.cashEur, 0)
    assert.isFalse(amountOf(few, 'per_job')!.eligible)
  })

  test('ICT (services): the sector rule needs only EUR 150,000 and 10 jobs', async ({ assert }) => {
    // Niš, 12 jobs at EUR 1,500: 25 % of 36,000 = 9,000 → cap 4,000 × 12 = 48,000; the
    // general fixed-asset rule (EUR 400,000, 40 jobs) is not met.
    const result = await estimateFor('nis', ['ict'], {
      investmentEur: 200_000,
      jobs: 12,
      monthlyGrossSalaryEur: 1_500,
      yearlyOperatingCashEur: 0,
    })
    const perJob = amountOf(result, 'per_job')!
    assert.equal(perJob.minInvestmentEur, 150_000)
    assert.equal(perJob.amountEur, 48_000)
    assert.equal(amountOf(result, 'fixed_assets')!.amountEur, 0)
    assert.isNull(result.paybackYear)
  })

  test("the listing's own local incentives with an amount are added", async ({ assert }) => {
    const listing = await listingIn('nis')
    await OpportunityIncentive.create({
      opportunityId: listing.id,
      kind: 'fee_waiver',
      amountEur: 20_000,
      percentage: null,
      conditions: 'Utility fee waived',
      position: 0,
    })
    const result = await new EstimateIncentives().handle({ opportunity: listing, plan })
    assert.equal(result.totals.localEur, 20_000)
    assert.equal(result.totals.cashEur, 370_000)
  })

  test('a municipality without a development group gets no state rules', async ({ assert }) => {
    const result = await estimateFor('sofia')
    assert.isNull(result.developmentGroup)
    assert.lengthOf(result.rules, 0)
    assert.equal(result.totals.cashEur, 0)
  })
})

test.group('Incentives: the listing endpoint and the staff rules', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('anyone who may see the listing gets the estimate as JSON; bad input is a 422', async ({
    client,
    assert,
  }) => {
    const listing = await listingIn('nis')
    const response = await client
      .get(`/opportunities/${listing.slug}/incentives`)
      .qs(plan)
      .accept('json')
    response.assertStatus(200)
    assert.equal(response.body().totals.cashEur, 350_000)

    const bad = await client
      .get(`/opportunities/${listing.slug}/incentives`)
      .qs({ investmentEur: 'a lot', jobs: -3, monthlyGrossSalaryEur: '' })
      .accept('json')
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((error: { field: string }) => error.field),
      ['investmentEur', 'jobs', 'monthlyGrossSalaryEur']
    )

    const { organisation } = await createPartner()
    const draft = await createOpportunity(organisation, { status: 'draft' })
    const hidden = await client
      .get(`/opportunities/${draft.slug}/incentives`)
      .qs(plan)
      .accept('json')
    assert.oneOf(hidden.status(), [403, 404])
  })

  test('staff correct a rule and the estimate follows; partners may not', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('staff').create()
    const rule = await IncentiveRule.findByOrFail('key', 'fdi-per-job-ii')
    const form = {
      key: rule.key,
      kind: rule.kind,
      developmentGroup: rule.developmentGroup,
      sectorId: null,
      minInvestmentEur: rule.minInvestmentEur,
      minJobs: rule.minJobs,
      cashPerJobEur: 5_000,
      sharePct: 25,
      reliefYears: null,
      legalSource: rule.legalSource,
      sourceDate: '2024-01-15',
      verified: true,
      note: 'Checked',
    }
    const saved = await client
      .put(`/staff/incentives/${rule.id}`)
      .json(form)
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await rule.refresh()
    assert.equal(rule.cashPerJobEur, 5_000)
    assert.isTrue(rule.verified)
    const audit = await db
      .from('audit_entries')
      .where({ action: 'incentive_rule.updated', subject_id: rule.id })
      .first()
    assert.exists(audit)

    // 25 % of 24,000 = 6,000, now capped at 5,000 × 50.
    const result = await estimateFor('nis')
    assert.equal(result.totals.perJobEur, 250_000)

    // A second rule with the same key is refused beside the field.
    const duplicate = await client
      .post('/staff/incentives')
      .json(form)
      .loginAs(staff)
      .withCsrfToken()
      .accept('json')
    duplicate.assertStatus(422)
    assert.equal(duplicate.body().errors[0].field, 'key')

    const page = await client.get('/staff/incentives').loginAs(staff).withInertia()
    page.assertStatus(200)
    assert.lengthOf(page.inertiaProps.rules, incentiveRules.length)

    const { user: partner } = await createPartner()
    const refused = await client.get('/staff/incentives').loginAs(partner)
    assert.oneOf(refused.status(), [403, 404])
  })
})
