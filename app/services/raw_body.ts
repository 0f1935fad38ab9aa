import type { IncomingMessage } from 'node:http'

/** The body went past the limit while it was read (a chunked body has no Content-Length). */
export class RawBodyTooLarge extends Error {}

/**
 * Reads a request body the body parser left alone (a content type it does not parse, such
 * as message/rfc822), stopping at `maxBytes`.
 */
export async function readRawBody(stream: IncomingMessage, maxBytes: number) {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    length += (chunk as Buffer).length
    if (length > maxBytes) throw new RawBodyTooLarge(`body over ${maxBytes} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks, length)
}
