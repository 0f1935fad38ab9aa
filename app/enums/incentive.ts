/**
 * Development groups of local self-government units (the official list of development):
 * I above the national average, II 80–100 %, III 60–80 %, IV below 60 %, and
 * "devastated" below 50 % of the national average.
 */
export const developmentGroups = ['I', 'II', 'III', 'IV', 'devastated'] as const
export type DevelopmentGroup = (typeof developmentGroups)[number]

/**
 * per_job: cash per new job, a share of two years' gross salaries capped per job;
 * fixed_assets: a share of the eligible investment costs (land, buildings, equipment);
 * tax_relief: a share of profit tax relieved for some years (not a cash payment).
 */
export const incentiveRuleKinds = ['per_job', 'fixed_assets', 'tax_relief'] as const
export type IncentiveRuleKind = (typeof incentiveRuleKinds)[number]

/** The cash view covers this many years. */
export const CASH_VIEW_YEARS = 10
/** Salary-cost incentives are a share of this many years of gross salaries. */
export const SALARY_YEARS_COUNTED = 2
/** Serbian profit tax rate (%), for the tax-relief estimate. */
export const PROFIT_TAX_PCT = 15
