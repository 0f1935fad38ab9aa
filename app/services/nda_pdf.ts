import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'
import { embedUnicodeFonts } from '#services/pdf_fonts'

export interface SignedNdaContent {
  title: string
  /** Label → value lines above the text: listing, parties, version. */
  header: [string, string][]
  body: string
  /** Label → value lines of the signature block: signer, time, IP, hash, version. */
  signature: [string, string][]
  footer: string
}

const MARGIN = 56
const A4: [number, number] = [595.28, 841.89]

/** The signed NDA as an A4 PDF: title, parties, the text as signed, the signature record. */
export async function renderSignedNda(content: SignedNdaContent) {
  const pdf = await PDFDocument.create()
  pdf.setTitle(content.title)
  pdf.setProducer('Most')
  const fonts = await embedUnicodeFonts(pdf)
  const writer = new PageWriter(pdf, fonts)

  writer.paragraph(content.title, { font: fonts.bold, size: 16, after: 10 })
  for (const [label, value] of content.header) writer.labelled(label, value)
  writer.space(10)
  for (const paragraph of content.body.split(/\n{2,}/)) {
    writer.paragraph(paragraph.replace(/\s*\n\s*/g, ' '), { size: 10.5, after: 6 })
  }
  writer.space(12)
  writer.rule()
  for (const [label, value] of content.signature) writer.labelled(label, value)
  writer.space(8)
  writer.paragraph(content.footer, { size: 8, after: 0, color: 0.4 })
  return pdf.save()
}

/** Writes wrapped lines top to bottom, adding a page when one is full. */
class PageWriter {
  private page: PDFPage
  private y: number

  constructor(
    private pdf: PDFDocument,
    private fonts: { regular: PDFFont; bold: PDFFont }
  ) {
    this.page = pdf.addPage(A4)
    this.y = A4[1] - MARGIN
  }

  paragraph(
    text: string,
    options: { font?: PDFFont; size?: number; after?: number; color?: number } = {}
  ) {
    const font = options.font ?? this.fonts.regular
    const size = options.size ?? 10.5
    const grey = options.color ?? 0.1
    for (const line of wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      this.ensureRoom(size * 1.4)
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color: rgb(grey, grey, grey) })
      this.y -= size * 1.4
    }
    this.y -= options.after ?? 4
  }

  labelled(label: string, value: string) {
    this.paragraph(`${label}: ${value}`, { size: 10, after: 2 })
  }

  space(points: number) {
    this.y -= points
  }

  rule() {
    this.ensureRoom(12)
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 6 },
      end: { x: A4[0] - MARGIN, y: this.y + 6 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    })
    this.y -= 8
  }

  private ensureRoom(height: number) {
    if (this.y - height >= MARGIN) return
    this.page = this.pdf.addPage(A4)
    this.y = A4[1] - MARGIN
  }
}

/** Greedy word wrap by measured width; a word longer than the line (a hash) is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number) {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    while (font.widthOfTextAtSize(line, size) > width) {
      let cut = line.length - 1
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line) lines.push(line)
  return lines
}
