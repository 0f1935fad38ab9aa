import { open } from 'node:fs/promises'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

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
    return isPlainTextSample(head.subarray(0, bytesRead), bytesRead === TEXT_HEAD_BYTES)
  } finally {
    await handle.close()
  }
}

function isPlainTextSample(bytes: Uint8Array, cut: boolean) {
  const text = Buffer.from(bytes).toString('utf8')
  // A multi-byte letter cut off at the end of the sample is not an encoding error.
  const sample = cut ? text.replace(/\uFFFD+$/, '') : text
  return !bytes.includes(0) && !sample.includes('\uFFFD') && !markup.test(sample)
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

/** The same check for bytes in memory (an e-mail attachment). */
export async function bytesMatch(bytes: Uint8Array, extension: string): Promise<boolean> {
  if (!Object.hasOwn(uploadTypes, extension)) return false
  const detected = await fileTypeFromBuffer(bytes)
  if (extension === 'csv') {
    const cut = bytes.length > TEXT_HEAD_BYTES
    return detected === undefined && isPlainTextSample(bytes.subarray(0, TEXT_HEAD_BYTES), cut)
  }
  return (
    detected !== undefined &&
    detectedAs[extension as keyof typeof detectedAs].includes(detected.ext)
  )
}

/** Names a program or script is run by when opened (Windows, macOS, Linux, Java, Office macros). */
const executableExtensions = new Set(
  [
    'exe com bat cmd msi msp mst scr pif cpl dll sys drv ocx vbs vbe js jse mjs wsf wsh',
    'wsc ps1 psm1 psd1 hta jar class sh bash zsh csh run bin app command apk appx msix dmg',
    'pkg deb rpm reg lnk url inf scf gadget iso img vhd vhdx xll docm xlsm pptm dotm xlam',
  ]
    .join(' ')
    .split(' ')
)
/** What `file-type` calls program files, whatever name they were given (`exe`: any "MZ" file). */
const executableTypes = new Set('exe elf macho dex class apk msi wasm lnk deb rpm dmg'.split(' '))

/** Whether an attachment is a program (by its name or by its bytes): refused, never stored. */
export async function isExecutable(clientName: string, bytes: Uint8Array) {
  if (executableExtensions.has(declaredExtension(clientName))) return true
  const detected = await fileTypeFromBuffer(bytes)
  return detected !== undefined && executableTypes.has(detected.ext)
}
