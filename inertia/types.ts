import type { Data } from '@generated/data'

export type SharedProps = Data.SharedProps
