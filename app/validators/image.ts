import type { FieldContext } from '@vinejs/vine/types'
import { checkImage, IMAGE_MAX_PIXELS } from '#services/images'

export const imageExtensions = ['png', 'jpg', 'jpeg', 'webp']

/**
 * For an upload already known to carry an image's signature: whether it decodes and is
 * of a sane size, reporting the field error otherwise (used by every image upload).
 */
export async function imageDecodes(path: string, field: FieldContext) {
  const image = await checkImage(path)
  if (image.ok) return true
  if (image.reason === 'too_large') {
    field.report('This image is too large.', 'file.image_too_large', field, {
      width: image.width,
      height: image.height,
      max: Math.round(IMAGE_MAX_PIXELS / 1_000_000),
    })
  } else {
    field.report('This image cannot be read.', 'file.image', field)
  }
  return false
}
