import type { Data } from '@generated/data'

/** What the board and the list filter deals by, as the query string carries it. */
export type DealFilterValues = {
  owner?: number
  municipality?: string
  sector?: string
  min_value?: number
  stale?: boolean
  next?: 'overdue' | 'today' | 'future' | 'none'
}

export type { NextActivity } from '#actions/deals/load_pipeline_board'

/** The choices the filters offer, passed by both pages. */
export type DealFilterChoices = {
  staff: Data.User[]
  sectors: Data.Sector[]
  municipalities: Data.Municipality[]
}
