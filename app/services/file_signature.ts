import { open } from 'node:fs/promises'

/**
 * What an uploaded file really is, judged by its first and last bytes rather than by the
 * name or Content-Type the browser sent (both are the uploader's word). Covers the types
 * partners may upload; each maps to the one MIME type the file is then served with.
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

const HEAD_BYTES = 4096
const TAIL_BYTES = 65_536

async function readEnds(path: string) {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size))
    await handle.read(head, 0, head.length, 0)
    const tailLength = Math.min(TAIL_BYTES, size)
    const tail = Buffer.alloc(tailLength)
    await handle.read(tail, 0, tailLength, size - tailLength)
    return { head, tail }
  } finally {
    await handle.close()
  }
}

const startsWith = (buffer: Buffer, bytes: number[] | string, offset = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes)
  return buffer.subarray(offset, offset + expected.length).equals(expected)
}

/** An Office Open XML file is a zip whose entries live under word/, xl/ or ppt/. */
const officeFolders: Partial<Record<UploadExtension, string>> = {
  docx: 'word/',
  xlsx: 'xl/',
  pptx: 'ppt/',
}

// Markup a browser would render (or run) if it ever took the file for a page.
const markup = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|img|a\s|meta|style)/i

/** Whether the bytes at `path` are a real file of type `extension`. */
export async function contentMatches(path: string, extension: string): Promise<boolean> {
  const { head, tail } = await readEnds(path)
  switch (extension as UploadExtension) {
    case 'pdf':
      return startsWith(head, '%PDF-')
    case 'png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    case 'jpg':
    case 'jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff])
    case 'webp':
      return startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)
    case 'zip':
      return startsWith(head, 'PK\x03\x04')
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      if (!startsWith(head, 'PK\x03\x04')) return false
      // The central directory at the end names every entry.
      const names = tail.toString('latin1') + head.toString('latin1')
      return names.includes(officeFolders[extension as UploadExtension]!)
    }
    case 'csv': {
      const text = head.toString('utf8')
      return !head.includes(0) && !text.includes('\uFFFD') && !markup.test(text)
    }
    default:
      return false
  }
}

/** The extension the uploader gave the file (`plan.PDF` → `pdf`). */
export function declaredExtension(clientName: string) {
  const match = /\.([a-z0-9]+)$/i.exec(clientName)
  return match ? match[1].toLowerCase() : ''
}
