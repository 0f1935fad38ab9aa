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

/** A deal's next open task or meeting, as the board's cards and the list show it. */
export type NextActivity = {
  state: 'overdue' | 'today' | 'future' | 'none'
  kind: 'task' | 'meeting' | null
  title: string | null
  at: string | null
}

/** The choices the filters offer, passed by both pages. */
export type DealFilterChoices = {
  staff: Data.User[]
  sectors: Data.Sector[]
  municipalities: Data.Municipality[]
}
