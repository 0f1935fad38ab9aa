import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import type { ImageVariantName, ImageVariants } from '#enums/image'

/**
 * Cache-Control for a stored image: a listing or story anyone may see can sit in shared
 * caches for an hour; anything else only in the viewer's browser, briefly.
 */
export function imageCacheControl(isPublic: boolean) {
  return isPublic ? 'public, max-age=3600, stale-while-revalidate=86400' : 'private, max-age=300'
}

/** The Drive key to serve: the requested variant when the image has it, else the original. */
export function storedImageKey(
  original: string,
  variants: ImageVariants | null,
  variant: ImageVariantName | null
) {
  const chosen = variant ? variants?.[variant] : undefined
  return chosen
    ? { key: chosen.path, contentType: 'image/webp' }
    : { key: original, contentType: null }
}

/**
 * Streams a Drive file the caller was already allowed to see, with an ETag and
 * Last-Modified from the storage, and 304 when the browser's copy is current.
 */
export async function sendStoredFile(
  response: HttpContext['response'],
  options: { key: string; contentType: string | null; cacheControl: string; disposition?: string }
) {
  const disk = drive.use()
  const metadata = await disk.getMetaData(options.key)
  const etag = metadata.etag.startsWith('"') ? metadata.etag : `"${metadata.etag}"`
  response.header('etag', etag)
  response.header('last-modified', metadata.lastModified.toUTCString())
  response.header('cache-control', options.cacheControl)
  response.header('x-content-type-options', 'nosniff')
  response.header(
    'content-type',
    options.contentType ?? metadata.contentType ?? 'application/octet-stream'
  )
  if (options.disposition) response.header('content-disposition', options.disposition)
  if (response.fresh()) return response.status(304).send(null)
  response.header('content-length', metadata.contentLength)
  return response.stream(await disk.getStream(options.key))
}
