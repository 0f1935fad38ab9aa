import { PDFDocument, StandardFonts } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'

/** A real PDF with one page per entry, each holding its text. */
export async function makePdf(pages: string[]) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const text of pages) {
    pdf.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 12, font })
  }
  return Buffer.from(await pdf.save())
}

/** The text of each page of a PDF, as a reader (PDF.js) extracts it. */
export async function pdfPages(bytes: Uint8Array | Buffer) {
  const document = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(document, { mergePages: false })
  return text
}
