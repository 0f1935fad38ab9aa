/* eslint-disable no-control-regex -- removing control characters is part of the job */
import { convert } from 'html-to-text'
/**
 * The text of a received e-mail, as the timeline shows it: the sender's new words first,
 * the quoted history (what mail programs append under "On … wrote:") apart, folded on the
 * page. Mail HTML is never kept: mailparser gives a text version of HTML-only mail.
 */

// A quote introduction ends with one of these (en, sr Latin and Cyrillic, de, fr, es, it).
const WROTE =
  /(wrote|napisao|napisala|napisao\/la|je napisao|je napisala|написао|написала|је написао|је написала|schrieb|a écrit|escribió|ha scritto)\s*:\s*$/i
const DIVIDER =
  /^\s*-{2,}\s*(original message|forwarded message|izvorna poruka|originalna poruka|prosleđena poruka|оригинална порука|прослеђена порука|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$/i
const OUTLOOK_FROM = /^\s*\*?(from|od|од|шаље|von|de)\s*:\*?\s+\S/i
const OUTLOOK_NEXT =
  /^\s*\*?(sent|date|poslato|послато|датум|datum|gesendet|envoyé|to|za|за)\s*:\*?\s/i
const UNDERSCORES = /^\s*_{10,}\s*$/

/** Text safe to store and show: line breaks normalised, control characters and broken pairs gone. */
export function cleanMailText(value: string) {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
    .toWellFormed()
}

/**
 * The words of an HTML-only mail (mailparser converts only a message that is nothing but
 * HTML): pictures dropped, links as their text and address, never markup.
 */
export function textOfHtml(html: string) {
  try {
    return convert(html, {
      wordwrap: false,
      limits: { maxInputLength: 2_000_000, maxDepth: 100 },
      selectors: [{ selector: 'img', format: 'skip' }],
    })
  } catch {
    // HTML nothing can read leaves no words: the mail is kept with an empty text.
    return ''
  }
}

/** One header value as a single clean line (subjects and names), cut to `max` characters. */
export function cleanHeaderText(value: string | null | undefined, max: number) {
  return cleanMailText(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
}

/** Where the quoted history starts (a line index), or -1. */
function quoteStart(lines: string[]) {
  // From the first line: a mail that starts with its quote has no new words to keep apart.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (DIVIDER.test(line)) return index
    // "On Mon, 7 Dec 2026 at 10:00, Ana <ana@example.org> wrote:", sometimes wrapped once.
    if (line.length < 300 && WROTE.test(line)) {
      const previous = lines[index - 1] ?? ''
      const wrapped = previous.trim() !== '' && !previous.startsWith('>') && previous.length < 200
      return wrapped && /^\s*(on|dana|dne|am|le|el|il|у|u)\b/i.test(previous) ? index - 1 : index
    }
    // Outlook: an underscore rule, or "From:" followed by "Sent:"/"Date:"/"To:".
    if (UNDERSCORES.test(line) && OUTLOOK_FROM.test(lines[index + 1] ?? '')) return index
    if (
      OUTLOOK_FROM.test(line) &&
      lines.slice(index + 1, index + 4).some((l) => OUTLOOK_NEXT.test(l))
    )
      return index
  }
  // Only ">" lines (and blank ones) to the end: a bottom quote without an introduction.
  let start = lines.length
  while (start > 0 && (lines[start - 1].startsWith('>') || lines[start - 1].trim() === '')) start--
  const quoted = lines.slice(start).some((line) => line.startsWith('>'))
  return quoted && start > 0 ? start : -1
}

/**
 * The new text and the quoted history of a reply. Interleaved answers (text between quoted
 * lines) stay whole: only a quote that runs to the end is folded, and never the whole mail.
 */
export function splitReply(text: string): { body: string; quoted: string | null } {
  const clean = cleanMailText(text).trim()
  const lines = clean.split('\n')
  const start = quoteStart(lines)
  if (start <= 0) return { body: clean, quoted: null }
  const body = lines.slice(0, start).join('\n').trim()
  const quoted = lines.slice(start).join('\n').trim()
  if (!body) return { body: clean, quoted: null }
  return { body, quoted: quoted || null }
}

const FORWARD_MARK =
  /^\s*(-{2,}.*(forwarded|original|prosleđen|izvorn|originaln|прослеђен|оригинал|weitergeleitet|ursprünglich|transféré|d'origine).*-{2,}|begin forwarded message:|_{10,})\s*$/i

/**
 * Who wrote a forwarded mail, from the "From:" line under the forward marker that mail
 * programs write into the text (Gmail, Outlook, Apple Mail, in the languages above); null
 * when the text has none.
 */
export function forwardedSender(text: string) {
  const lines = cleanMailText(text).split('\n')
  const mark = lines.findIndex((line) => FORWARD_MARK.test(line))
  if (mark === -1) return null
  for (const line of lines.slice(mark + 1, mark + 8)) {
    if (!OUTLOOK_FROM.test(line)) continue
    const address =
      /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(line) ?? /([^\s<>"'*:]+@[^\s<>"'*]+)/.exec(line)
    return address ? address[1].replace(/[.,;]+$/, '').toLowerCase() : null
  }
  return null
}
