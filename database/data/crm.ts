/**
 * The pipelines a fresh installation starts with. Admins can rename, reorder and
 * extend them; the keys let seeded names be translated.
 */
export interface StageRow {
  key: string
  name: string
  kind: 'open' | 'won' | 'lost'
  winProbability: number
  staleAfterDays: number | null
}

export const defaultPipelines: { slug: string; name: string; stages: StageRow[] }[] = [
  {
    slug: 'investments',
    name: 'Investments',
    stages: [
      { key: 'new', name: 'New', kind: 'open', winProbability: 5, staleAfterDays: 3 },
      { key: 'qualified', name: 'Qualified', kind: 'open', winProbability: 15, staleAfterDays: 7 },
      {
        key: 'introduced',
        name: 'Introduced',
        kind: 'open',
        winProbability: 30,
        staleAfterDays: 10,
      },
      {
        key: 'meeting_held',
        name: 'Meeting held',
        kind: 'open',
        winProbability: 45,
        staleAfterDays: 14,
      },
      {
        key: 'due_diligence',
        name: 'Due diligence',
        kind: 'open',
        winProbability: 60,
        staleAfterDays: 30,
      },
      {
        key: 'negotiation',
        name: 'Negotiation',
        kind: 'open',
        winProbability: 80,
        staleAfterDays: 21,
      },
      { key: 'won', name: 'Won', kind: 'won', winProbability: 100, staleAfterDays: null },
      { key: 'lost', name: 'Lost', kind: 'lost', winProbability: 0, staleAfterDays: null },
    ],
  },
  {
    slug: 'returnee-support',
    name: 'Returnee support',
    stages: [
      { key: 'new', name: 'New', kind: 'open', winProbability: 10, staleAfterDays: 2 },
      { key: 'answered', name: 'Answered', kind: 'open', winProbability: 40, staleAfterDays: 7 },
      {
        key: 'referred',
        name: 'Referred to a partner',
        kind: 'open',
        winProbability: 60,
        staleAfterDays: 14,
      },
      { key: 'won', name: 'Resolved', kind: 'won', winProbability: 100, staleAfterDays: null },
      {
        key: 'lost',
        name: 'Closed without result',
        kind: 'lost',
        winProbability: 0,
        staleAfterDays: null,
      },
    ],
  },
]

/** Why investment projects fall through, in investment-promotion terms. */
export const defaultLostReasons: { key: string; name: string }[] = [
  { key: 'permit_delay', name: 'Permit delay' },
  { key: 'unclear_land_title', name: 'Unclear land title' },
  { key: 'incentive_insufficient', name: 'Incentive insufficient' },
  { key: 'no_local_partner', name: 'No local partner' },
  { key: 'investor_withdrew', name: 'Investor withdrew' },
  { key: 'financing_failed', name: 'Financing not secured' },
  { key: 'partner_unresponsive', name: 'Partner did not respond' },
  { key: 'better_location_elsewhere', name: 'Chose a location elsewhere' },
]
