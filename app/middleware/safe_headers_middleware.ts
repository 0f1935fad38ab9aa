import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Headers whose value is a URL: an unsafe character is percent-encoded, the header kept. */
const URL_HEADERS = new Set(['location', 'x-inertia-location', 'content-location', 'refresh'])

/** Node refuses these in a header value (ERR_INVALID_CHAR), outside any request's try/catch. */
const UNSAFE = /[^\t\x20-\x7e\x80-\xff]/

const SECURITY_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
}

/**
 * The outermost middleware. Every response gets the referrer and permissions policies,
 * and leaves with header values Node can write: a value built from a hostile request
 * (a decoded path with NUL, CR/LF or Cyrillic in an Inertia location) would otherwise
 * throw while the response is written and take the whole process down.
 */
export default class SafeHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) ctx.response.header(name, value)
    const output = await next()
    sanitizeHeaders(ctx)
    return output
  }
}

export function sanitizeHeaders(ctx: HttpContext) {
  for (const [name, value] of Object.entries(ctx.response.getHeaders())) {
    if (value === undefined) continue
    const values = Array.isArray(value) ? value.map(String) : [String(value)]
    if (!values.some((item) => UNSAFE.test(item))) continue
    if (URL_HEADERS.has(name.toLowerCase())) {
      const encoded = values.map(encodeUnsafe)
      ctx.response.header(name, encoded.length === 1 ? encoded[0] : encoded)
    } else {
      ctx.response.removeHeader(name)
      ctx.logger.warn({ header: name }, 'response header with unsafe characters dropped')
    }
  }
}

/** Percent-encodes (as UTF-8) every character a header may not carry; a lone surrogate becomes U+FFFD. */
function encodeUnsafe(value: string) {
  const encoded = value.replace(/[^\x21-\x7e]/gu, (char) =>
    [...Buffer.from(char, 'utf8')]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join('')
  )
  return encoded
}
