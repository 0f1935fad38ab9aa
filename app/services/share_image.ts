import sharp from 'sharp'

/** Open Graph's recommended size: 1200 × 630, what WhatsApp, Viber and Facebook crop to. */
const WIDTH = 1200
const HEIGHT = 630

function escape(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Breaks a title into at most `lines` lines of about `width` characters, the last one cut. */
function wrap(text: string, width: number, lines: number) {
  const result: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      result.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) result.push(line)
  if (result.length > lines) {
    result.length = lines
    result[lines - 1] = `${result[lines - 1].slice(0, width - 1).trimEnd()}…`
  }
  return result.map((each) => (each.length > width ? `${each.slice(0, width - 1)}…` : each))
}

/**
 * The picture a shared link previews with when a listing has no photo of its own: the
 * title over the brand colour, the place and the ticket below. An SVG drawn by sharp
 * (librsvg, system fonts) into a PNG, which every messenger reads.
 */
export async function renderShareImage(card: { title: string; lines: string[] }) {
  const title = wrap(card.title, 26, 3)
  const titleSvg = title
    .map(
      (line, index) =>
        `<text x="80" y="${230 + index * 78}" font-size="64" font-weight="bold" fill="#ffffff">${escape(line)}</text>`
    )
    .join('')
  const detailSvg = card.lines
    .slice(0, 2)
    .map(
      (line, index) =>
        `<text x="80" y="${230 + title.length * 78 + 40 + index * 50}" font-size="38" fill="#dbeafe">${escape(line)}</text>`
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#1e3a8a"/>
  <rect x="0" y="${HEIGHT - 18}" width="${WIDTH}" height="18" fill="#3b82f6"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
    <rect x="80" y="70" width="64" height="64" rx="10" fill="#2563eb"/>
    <text x="112" y="116" font-size="40" font-weight="bold" fill="#ffffff" text-anchor="middle">M</text>
    <text x="164" y="116" font-size="40" font-weight="bold" fill="#ffffff">Most</text>
    ${titleSvg}
    ${detailSvg}
  </g>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
}
