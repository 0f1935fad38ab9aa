import IncentiveRule from '#models/incentive_rule'
import type Opportunity from '#models/opportunity'
import {
  CASH_VIEW_YEARS,
  PROFIT_TAX_PCT,
  SALARY_YEARS_COUNTED,
  type DevelopmentGroup,
  type IncentiveRuleKind,
} from '#enums/incentive'

/** What the investor plans (the form on a listing's page). */
export interface InvestmentPlan {
  investmentEur: number
  jobs: number
  monthlyGrossSalaryEur: number
  /** Yearly cash from operations before incentives (optional; 0 when not given). */
  yearlyOperatingCashEur?: number
}

export interface AppliedRule {
  ruleId: number
  kind: IncentiveRuleKind
  /** What the rule gives for this plan, in EUR (tax relief: over its years). */
  amountEur: number
  /** Per job (per_job rules): the share of two years' salary, or the cap when lower. */
  perJobEur: number | null
  sharePct: number | null
  cashPerJobEur: number | null
  reliefYears: number | null
  minInvestmentEur: number
  minJobs: number
  legalSource: string
  sourceDate: string
  verified: boolean
  note: string | null
  /** false: the plan is below the rule's minimum investment or jobs. */
  eligible: boolean
}

export interface CashYear {
  year: number
  investmentEur: number
  incentivesEur: number
  operatingEur: number
  cumulativeEur: number
}

/**
 * The state incentives that apply to a plan on a listing: the rules of the listing's
 * municipality development group (the most specific per kind: the listing's sector before
 * "any sector"), the listing's own local incentives with an amount, and a 10-year cash
 * view. An estimate for orientation, never advice: each rule carries its source.
 *
 * Timing assumed: the investment in year 0; fixed-asset grants and the listing's local
 * incentives in year 1; the per-job grant in two equal parts in years 1 and 2; profit
 * tax relief each year of its term, on the operating cash as a proxy for profit.
 */
export default class EstimateIncentives {
  async handle({ opportunity, plan }: { opportunity: Opportunity; plan: InvestmentPlan }) {
    // One after the other: inside a transaction they share one connection.
    await opportunity.load('municipality')
    await opportunity.load('sectors')
    await opportunity.load('incentives')
    const group = opportunity.municipality.developmentGroup
    const rules = group
      ? await rulesFor(
          group,
          opportunity.sectors.map((s) => s.id)
        )
      : []
    return estimate({
      group,
      groupVerified: opportunity.municipality.developmentGroupVerified,
      rules,
      localIncentives: opportunity.incentives.map((incentive) => ({
        kind: incentive.kind,
        amountEur: incentive.amountEur,
        percentage: incentive.percentageValue,
        conditions: incentive.conditions,
      })),
      plan,
    })
  }
}

/** Per kind, the rule for this sector if there is one, else the one for every sector. */
async function rulesFor(group: DevelopmentGroup, sectorIds: number[]) {
  const candidates = await IncentiveRule.query()
    .where((query) => query.where('developmentGroup', group).orWhereNull('developmentGroup'))
    .where((query) => query.whereIn('sectorId', sectorIds).orWhereNull('sectorId'))
    .orderBy('id')
  const specificity = (rule: IncentiveRule) =>
    (rule.sectorId ? 2 : 0) + (rule.developmentGroup ? 1 : 0)
  const best = new Map<IncentiveRuleKind, IncentiveRule>()
  for (const rule of candidates) {
    const current = best.get(rule.kind)
    if (!current || specificity(rule) > specificity(current)) best.set(rule.kind, rule)
  }
  return [...best.values()]
}

/** The arithmetic, apart from the database (what the worked examples check). */
export function estimate({
  group,
  groupVerified,
  rules,
  localIncentives,
  plan,
}: {
  group: DevelopmentGroup | null
  groupVerified: boolean
  rules: IncentiveRule[]
  localIncentives: {
    kind: string
    amountEur: number | null
    percentage: number | null
    conditions: string | null
  }[]
  plan: InvestmentPlan
}) {
  const operating = plan.yearlyOperatingCashEur ?? 0
  const applied: AppliedRule[] = rules.map((rule) => {
    const eligible = plan.investmentEur >= rule.minInvestmentEur && plan.jobs >= rule.minJobs
    const share = rule.share
    let perJobEur: number | null = null
    let amountEur = 0
    if (rule.kind === 'per_job') {
      const salaryShare =
        share === null
          ? Number.POSITIVE_INFINITY
          : (plan.monthlyGrossSalaryEur * 12 * SALARY_YEARS_COUNTED * share) / 100
      perJobEur = Math.round(Math.min(salaryShare, rule.cashPerJobEur ?? salaryShare))
      if (!Number.isFinite(perJobEur)) perJobEur = 0
      amountEur = perJobEur * plan.jobs
    } else if (rule.kind === 'fixed_assets') {
      amountEur = Math.round((plan.investmentEur * (share ?? 0)) / 100)
    } else {
      const yearlyTax = (Math.max(0, operating) * PROFIT_TAX_PCT) / 100
      amountEur = Math.round(((yearlyTax * (share ?? 0)) / 100) * (rule.reliefYears ?? 0))
    }
    return {
      ruleId: rule.id,
      kind: rule.kind,
      amountEur: eligible ? amountEur : 0,
      perJobEur,
      sharePct: share,
      cashPerJobEur: rule.cashPerJobEur,
      reliefYears: rule.reliefYears,
      minInvestmentEur: rule.minInvestmentEur,
      minJobs: rule.minJobs,
      legalSource: rule.legalSource,
      sourceDate: rule.sourceDate.toISODate() ?? '',
      verified: rule.verified,
      note: rule.note,
      eligible,
    }
  })
  const local = localIncentives.filter((incentive) => incentive.amountEur)
  const localEur = local.reduce((sum, incentive) => sum + (incentive.amountEur ?? 0), 0)
  const byKind = (kind: IncentiveRuleKind) =>
    applied.filter((rule) => rule.kind === kind).reduce((sum, rule) => sum + rule.amountEur, 0)
  const perJob = byKind('per_job')
  const fixedAssets = byKind('fixed_assets')
  const taxRelief = applied.find((rule) => rule.kind === 'tax_relief' && rule.eligible)
  const reliefPerYear =
    taxRelief && taxRelief.reliefYears ? taxRelief.amountEur / taxRelief.reliefYears : 0

  const years: CashYear[] = []
  let cumulative = 0
  let paybackYear: number | null = null
  for (let year = 0; year <= CASH_VIEW_YEARS; year++) {
    const investmentEur = year === 0 ? plan.investmentEur : 0
    let incentivesEur = 0
    if (year === 1) incentivesEur += fixedAssets + localEur + perJob / 2
    if (year === 2) incentivesEur += perJob / 2
    if (year >= 1 && taxRelief && year <= (taxRelief.reliefYears ?? 0))
      incentivesEur += reliefPerYear
    const operatingEur = year === 0 ? 0 : operating
    cumulative += incentivesEur + operatingEur - investmentEur
    years.push({
      year,
      investmentEur,
      incentivesEur: Math.round(incentivesEur),
      operatingEur,
      cumulativeEur: Math.round(cumulative),
    })
    if (paybackYear === null && year > 0 && cumulative >= 0) paybackYear = year
  }
  return {
    developmentGroup: group,
    developmentGroupVerified: groupVerified,
    rules: applied,
    localIncentives: localIncentives,
    totals: {
      perJobEur: perJob,
      fixedAssetsEur: fixedAssets,
      taxReliefEur: taxRelief?.amountEur ?? 0,
      localEur,
      cashEur: perJob + fixedAssets + localEur,
      allEur: perJob + fixedAssets + localEur + (taxRelief?.amountEur ?? 0),
    },
    netInvestmentEur: plan.investmentEur - (perJob + fixedAssets + localEur),
    jobs: plan.jobs,
    years,
    paybackYear,
    verified: groupVerified && applied.every((rule) => rule.verified),
  }
}

export type IncentiveEstimate = ReturnType<typeof estimate>
