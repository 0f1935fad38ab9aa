import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import { imageVariantWidths, type ImageVariants, type ImageVariantName } from '#enums/image'

/**
 * Images are decoded, not only sniffed: a file that starts like a PNG but does not decode
 * is refused, and so is one whose header claims more pixels than any photo needs (a
 * decompression bomb: a few kB that would expand to gigabytes).
 */
export const IMAGE_MAX_PIXELS = 40_000_000

const decodeOptions = { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' } as const

export type ImageCheck =
  | { ok: true; width: number; height: number }
  | { ok: false; reason: 'undecodable' }
  | { ok: false; reason: 'too_large'; width: number; height: number }

/** Decodes the image at `path` completely (into a tiny thumbnail) and reports its size. */
export async function checkImage(path: string): Promise<ImageCheck> {
  let width: number | undefined
  let height: number | undefined
  try {
    // The header alone: refuses a bomb before any pixel is decoded.
    const metadata = await sharp(path, { failOn: 'error', limitInputPixels: false }).metadata()
    width = metadata.autoOrient?.width ?? metadata.width
    height = metadata.autoOrient?.height ?? metadata.height
  } catch {
    return { ok: false, reason: 'undecodable' }
  }
  if (!width || !height) return { ok: false, reason: 'undecodable' }
  if (width * height > IMAGE_MAX_PIXELS) return { ok: false, reason: 'too_large', width, height }
  try {
    await sharp(path, decodeOptions).resize({ width: 16 }).raw().toBuffer()
  } catch {
    return { ok: false, reason: 'undecodable' }
  }
  return { ok: true, width, height }
}

/** Where a variant of the image stored at `key` lives: beside it, `<name>.<variant>.webp`. */
export function variantKey(key: string, variant: ImageVariantName) {
  return `${key.replace(/\.[A-Za-z0-9]+$/, '')}.${variant}.webp`
}

/**
 * Reads the original at `key` from Drive, writes one WebP per variant beside it (never
 * wider than the original; EXIF orientation applied, metadata such as GPS dropped) and
 * returns the original's size and every variant's key and size.
 */
export async function storeImageVariants(key: string) {
  const disk = drive.use()
  const original = Buffer.from(await disk.getBytes(key))
  const source = sharp(original, decodeOptions).rotate()
  const { width, height } = await source.metadata().then((metadata) => ({
    width: metadata.autoOrient?.width ?? metadata.width ?? 0,
    height: metadata.autoOrient?.height ?? metadata.height ?? 0,
  }))
  const variants = {} as ImageVariants
  for (const [name, targetWidth] of Object.entries(imageVariantWidths) as [
    ImageVariantName,
    number,
  ][]) {
    const { data, info } = await source
      .clone()
      .resize({ width: targetWidth, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    const path = variantKey(key, name)
    await disk.put(path, data, { contentType: 'image/webp' })
    variants[name] = { path, width: info.width, height: info.height }
  }
  return { width, height, variants }
}

/** Removes the variants stored for an image (the original is the caller's). */
export async function deleteImageVariants(variants: ImageVariants | null) {
  if (!variants) return
  const disk = drive.use()
  await Promise.all(Object.values(variants).map((variant) => disk.delete(variant.path)))
}

/** `?variant=card|page` from a request: a known name, or null for the original. */
export function requestedVariant(value: unknown): ImageVariantName | null {
  return typeof value === 'string' && value in imageVariantWidths
    ? (value as ImageVariantName)
    : null
}

/**
 * What a page needs to show a stored image: the original's URL and, when the variants
 * exist, each variant's URL (same access-checked route, `?variant=`) and size.
 */
export function imageSources(url: string, variants: ImageVariants | null) {
  const sized = (name: ImageVariantName) => {
    const variant = variants?.[name]
    return variant
      ? { url: `${url}?variant=${name}`, width: variant.width, height: variant.height }
      : null
  }
  return { url, card: sized('card'), page: sized('page') }
}
