/**
 * The resized WebP copies every accepted image gets, by width: `card` for listing and
 * story cards, `page` for a listing's or story's own page.
 */
export const imageVariantWidths = { card: 480, page: 1280 } as const
export type ImageVariantName = keyof typeof imageVariantWidths
export const imageVariantNames = Object.keys(imageVariantWidths) as ImageVariantName[]

/** One stored variant: its Drive key and real size (pages set width/height from it). */
export interface ImageVariant {
  path: string
  width: number
  height: number
}
export type ImageVariants = Record<ImageVariantName, ImageVariant>
