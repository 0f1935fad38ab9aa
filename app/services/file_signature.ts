import { open } from 'node:fs/promises'
import { fileTypeFromFile } from 'file-type'

/**
 * The types partners may upload; each maps to the one MIME type the file is then served
 * with. What a file really is comes from `file-type` reading its bytes, never from the
 * name or Content-Type the browser sent (both are the uploader's word).
 */
export const uploadTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  csv: 'text/csv',
} as const
export type UploadExtension = keyof typeof uploadTypes

/**
 * What `file-type` may call a file of each binary type. An Office file is a zip too, so
 * a .zip may hold one; an animated PNG is still a PNG.
 */
const detectedAs: Record<Exclude<UploadExtension, 'csv'>, string[]> = {
  pdf: ['pdf'],
  png: ['png', 'apng'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  zip: ['zip', 'docx', 'xlsx', 'pptx'],
}

const TEXT_HEAD_BYTES = 4096

// Markup a browser would render (or run) if it ever took the file for a page.
const markup = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|img|a\s|meta|style)/i

/** A CSV has no signature: it must read as UTF-8 text that no browser would take for a page. */
async function isPlainText(path: string) {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(TEXT_HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, TEXT_HEAD_BYTES, 0)
    const bytes = head.subarray(0, bytesRead)
    const text = bytes.toString('utf8')
    // A multi-byte letter cut off at the end of the sample is not an encoding error.
    const sample = bytesRead === TEXT_HEAD_BYTES ? text.replace(/\uFFFD+$/, '') : text
    return !bytes.includes(0) && !sample.includes('\uFFFD') && !markup.test(sample)
  } finally {
    await handle.close()
  }
}

/** Whether the bytes at `path` are a real file of type `extension`. */
export async function contentMatches(path: string, extension: string): Promise<boolean> {
  if (!Object.hasOwn(uploadTypes, extension)) return false
  const detected = await fileTypeFromFile(path)
  if (extension === 'csv') return detected === undefined && (await isPlainText(path))
  return (
    detected !== undefined &&
    detectedAs[extension as keyof typeof detectedAs].includes(detected.ext)
  )
}

/** The extension the uploader gave the file (`plan.PDF` → `pdf`). */
export function declaredExtension(clientName: string) {
  const match = /\.([a-z0-9]+)$/i.exec(clientName)
  return match ? match[1].toLowerCase() : ''
}
