import type { DevelopmentGroup, IncentiveRuleKind } from '#enums/incentive'

/*
 * Written from memory with no access to the official gazette: EVERY value below is
 * marked unverified (verified: false) until someone checks it against the current texts.
 * Staff correct them on /staff/incentives; the seeder never overwrites an edited rule.
 */

/**
 * Uredba o utvrđivanju jedinstvene liste razvijenosti regiona i jedinica lokalne
 * samouprave (the list by development level). The groups below are recalled from the
 * 2014 list (Sl. glasnik RS 104/2014); newer lists may have moved some units.
 */
export const DEVELOPMENT_LIST_SOURCE =
  'Uredba o utvrđivanju jedinstvene liste razvijenosti regiona i jedinica lokalne samouprave (Sl. glasnik RS 104/2014)'

export const developmentGroups: Record<string, DevelopmentGroup> = {
  // I: above the national average
  'beograd': 'I',
  'zvezdara': 'I',
  'novi-sad': 'I',
  'pancevo': 'I',
  'subotica': 'I',
  'kragujevac': 'I',
  'stara-pazova': 'I',
  'indjija': 'I',
  'backa-palanka': 'I',
  'vrsac': 'I',
  'uzice': 'I',
  'bor': 'I',
  'cacak': 'I',
  'zrenjanin': 'I',
  // II: 80–100 % of the average
  'nis': 'II',
  'sabac': 'II',
  'valjevo': 'II',
  'smederevo': 'II',
  'sremska-mitrovica': 'II',
  'pozarevac': 'II',
  'jagodina': 'II',
  'kraljevo': 'II',
  'krusevac': 'II',
  'kikinda': 'II',
  'ruma': 'II',
  'sombor': 'II',
  'gornji-milanovac': 'II',
  'arandjelovac': 'II',
  'vrbas': 'II',
  'kula': 'II',
  'becej': 'II',
  'paracin': 'II',
  // III: 60–80 %
  'leskovac': 'III',
  'vranje': 'III',
  'novi-pazar': 'III',
  'loznica': 'III',
  'pirot': 'III',
  'zajecar': 'III',
  'smederevska-palanka': 'III',
  'velika-plana': 'III',
  'cuprija': 'III',
  'negotin': 'III',
  'kovin': 'III',
  'sid': 'III',
  'vrnjacka-banja': 'III',
  'veliko-gradiste': 'III',
  'trstenik': 'III',
  // IV: below 60 %
  'aleksinac': 'IV',
  'prokuplje': 'IV',
  'knjazevac': 'IV',
  'ivanjica': 'IV',
  'prijepolje': 'IV',
  // Devastated: below 50 %
  'bujanovac': 'devastated',
  'tutin': 'devastated',
}

export interface IncentiveRuleRow {
  key: string
  kind: IncentiveRuleKind
  developmentGroup: DevelopmentGroup | null
  sectorSlug: string | null
  minInvestmentEur: number
  minJobs: number
  cashPerJobEur: number | null
  sharePct: number | null
  reliefYears: number | null
  legalSource: string
  sourceDate: string
  verified: boolean
  note: string
}

const FDI_DECREE =
  'Uredba o uslovima i načinu privlačenja direktnih ulaganja (Sl. glasnik RS 18/2018, with later amendments)'
const FDI_DATE = '2018-03-09'
const UNVERIFIED =
  'Recalled, not checked against the gazette: amounts, shares and thresholds may differ in the version in force.'

/**
 * The decree pays a share of two years' gross salaries of each new job, capped per job,
 * and a share of eligible investment costs; both rise as the municipality is less
 * developed. Services that can be traded internationally (here: ICT) need a smaller
 * investment and fewer jobs.
 */
const groups: {
  group: DevelopmentGroup
  minInvestmentEur: number
  minJobs: number
  salaryPct: number
  capPerJob: number
  fixedAssetsPct: number
}[] = [
  {
    group: 'I',
    minInvestmentEur: 500_000,
    minJobs: 50,
    salaryPct: 20,
    capPerJob: 3_000,
    fixedAssetsPct: 10,
  },
  {
    group: 'II',
    minInvestmentEur: 400_000,
    minJobs: 40,
    salaryPct: 25,
    capPerJob: 4_000,
    fixedAssetsPct: 15,
  },
  {
    group: 'III',
    minInvestmentEur: 300_000,
    minJobs: 30,
    salaryPct: 30,
    capPerJob: 5_000,
    fixedAssetsPct: 20,
  },
  {
    group: 'IV',
    minInvestmentEur: 200_000,
    minJobs: 20,
    salaryPct: 35,
    capPerJob: 6_000,
    fixedAssetsPct: 25,
  },
  {
    group: 'devastated',
    minInvestmentEur: 150_000,
    minJobs: 10,
    salaryPct: 40,
    capPerJob: 7_000,
    fixedAssetsPct: 30,
  },
]

const slugOf = (group: DevelopmentGroup) => group.toLowerCase()

export const incentiveRules: IncentiveRuleRow[] = [
  ...groups.map((row) => ({
    key: `fdi-per-job-${slugOf(row.group)}`,
    kind: 'per_job' as const,
    developmentGroup: row.group,
    sectorSlug: null,
    minInvestmentEur: row.minInvestmentEur,
    minJobs: row.minJobs,
    cashPerJobEur: row.capPerJob,
    sharePct: row.salaryPct,
    reliefYears: null,
    legalSource: FDI_DECREE,
    sourceDate: FDI_DATE,
    verified: false,
    note: UNVERIFIED,
  })),
  ...groups.map((row) => ({
    key: `fdi-fixed-assets-${slugOf(row.group)}`,
    kind: 'fixed_assets' as const,
    developmentGroup: row.group,
    sectorSlug: null,
    minInvestmentEur: row.minInvestmentEur,
    minJobs: row.minJobs,
    cashPerJobEur: null,
    sharePct: row.fixedAssetsPct,
    reliefYears: null,
    legalSource: FDI_DECREE,
    sourceDate: FDI_DATE,
    verified: false,
    note: UNVERIFIED,
  })),
  // Internationally tradable services: EUR 150,000 and 10 new jobs in every group.
  ...groups.map((row) => ({
    key: `fdi-per-job-services-${slugOf(row.group)}`,
    kind: 'per_job' as const,
    developmentGroup: row.group,
    sectorSlug: 'ict',
    minInvestmentEur: 150_000,
    minJobs: 10,
    cashPerJobEur: row.capPerJob,
    sharePct: row.salaryPct,
    reliefYears: null,
    legalSource: FDI_DECREE,
    sourceDate: FDI_DATE,
    verified: false,
    note: `${UNVERIFIED} Services that can be traded internationally; no fixed-asset grant assumed.`,
  })),
  {
    key: 'profit-tax-holiday',
    kind: 'tax_relief',
    developmentGroup: null,
    sectorSlug: null,
    // RSD 1 billion at about 117 RSD per EUR.
    minInvestmentEur: 8_550_000,
    minJobs: 100,
    cashPerJobEur: null,
    sharePct: 100,
    reliefYears: 10,
    legalSource:
      'Zakon o porezu na dobit pravnih lica, čl. 50a (Sl. glasnik RS 25/2001, with later amendments)',
    sourceDate: '2001-03-30',
    verified: false,
    note: 'Profit tax relieved for 10 years for an investment of at least RSD 1 billion with 100 new jobs (recalled; EUR threshold at ~117 RSD/EUR).',
  },
]
