import type { Data } from '@generated/data'

export type SharedProps = Data.SharedProps

/** An NDA's text to show or sign (its publication date is the partner's page's only). */
export type NdaText = Omit<Data.NdaVersion, 'createdAt'>
