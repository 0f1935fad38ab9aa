import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import type { PDFDocument } from 'pdf-lib'
import fontkit from '@pdf-lib/fontkit'

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: a Unicode TrueType font, so Serbian
 * Latin (č ć š ž đ) and Cyrillic render, which PDF's standard fonts cannot. Read once;
 * only the glyphs used are embedded (subset).
 */
const require = createRequire(import.meta.url)
const fontDirectory = require
  .resolve('dejavu-fonts-ttf/package.json')
  .replace(/package\.json$/, 'ttf/')
const cache = new Map<string, Promise<Buffer>>()

function fontBytes(file: string) {
  if (!cache.has(file)) cache.set(file, readFile(`${fontDirectory}${file}`))
  return cache.get(file)!
}

export async function embedUnicodeFonts(pdf: PDFDocument) {
  pdf.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([
    pdf.embedFont(await fontBytes('DejaVuSans.ttf'), { subset: true }),
    pdf.embedFont(await fontBytes('DejaVuSans-Bold.ttf'), { subset: true }),
  ])
  return { regular, bold }
}
