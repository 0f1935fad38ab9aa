import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { developmentGroups, incentiveRuleKinds } from '#enums/incentive'

const euros = (max: number) => vine.number().withoutDecimals().min(0).max(max)

/** The investor's plan on a listing's incentive calculator. */
export const investmentPlanValidator = vine.create({
  investmentEur: euros(2_000_000_000).min(1),
  jobs: vine.number().withoutDecimals().range([0, 100_000]),
  monthlyGrossSalaryEur: euros(100_000),
  yearlyOperatingCashEur: vine
    .number()
    .withoutDecimals()
    .range([-1_000_000_000, 1_000_000_000])
    .optional(),
})
export type InvestmentPlanData = Infer<typeof investmentPlanValidator>

/** A staff member's incentive rule form. */
export const incentiveRuleValidator = vine.create({
  key: vine
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/)
    .maxLength(80),
  kind: vine.enum(incentiveRuleKinds),
  developmentGroup: vine.enum(developmentGroups).nullable(),
  sectorId: vine.number().exists({ table: 'sectors', column: 'id' }).nullable(),
  minInvestmentEur: euros(2_000_000_000),
  minJobs: vine.number().withoutDecimals().range([0, 100_000]),
  cashPerJobEur: euros(1_000_000).nullable(),
  sharePct: vine.number().decimal([0, 2]).range([0, 100]).nullable(),
  reliefYears: vine.number().withoutDecimals().range([0, 30]).nullable(),
  legalSource: vine.string().trim().minLength(3).maxLength(300),
  sourceDate: vine.date({ formats: ['YYYY-MM-DD'] }),
  verified: vine.boolean(),
  note: vine.string().trim().maxLength(2000).nullable(),
})
export type IncentiveRuleData = Infer<typeof incentiveRuleValidator>
