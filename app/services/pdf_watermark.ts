import { PDFDocument, degrees, rgb } from 'pdf-lib'
import { embedUnicodeFonts } from '#services/pdf_fonts'

/**
 * Stamps every page of a PDF with who downloaded it and when: a line along the bottom
 * edge and a faint diagonal one across the page, so a leaked copy names its source.
 * Returns null when the file cannot be read as a PDF (damaged or encrypted); the caller
 * decides what to do with such a file.
 */
export async function watermarkPdf(bytes: Uint8Array, stamp: string): Promise<Uint8Array | null> {
  // pdf-lib reads leniently: a damaged file may load and only fail once its pages are read.
  try {
    return await stampPages(await PDFDocument.load(bytes), stamp)
  } catch {
    return null
  }
}

async function stampPages(pdf: PDFDocument, stamp: string) {
  const { regular } = await embedUnicodeFonts(pdf)
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize()
    const size = Math.max(6, Math.min(9, width / 80))
    page.drawText(stamp, { x: 24, y: 14, size, font: regular, color: rgb(0.55, 0.1, 0.1) })
    page.drawText(stamp, {
      x: width * 0.12,
      y: height * 0.2,
      size: size * 1.6,
      font: regular,
      color: rgb(0.6, 0.6, 0.6),
      opacity: 0.25,
      rotate: degrees((Math.atan2(height, width) * 180) / Math.PI),
    })
  }
  return pdf.save()
}
