/* eslint-disable no-control-regex -- finding control characters is what this file is for */
/**
 * What Most refuses in a request before it reaches SQL or a header. PostgreSQL rejects
 * NUL in text, Node rejects control characters in headers; neither is ever typed by a
 * person. Text fields keep tab and line breaks (textareas), URLs keep none.
 */
const CONTROL_IN_URL = /[\x00-\x1f\x7f]/
const CONTROL_IN_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/

/** Whether a decoded path or query value carries a control character or a broken UTF-16 pair. */
export function unsafeInUrl(value: string) {
  return CONTROL_IN_URL.test(value) || !value.isWellFormed()
}

/** Whether a body field (or its name) carries a control character other than tab/CR/LF. */
export function unsafeInText(value: string) {
  return CONTROL_IN_TEXT.test(value) || !value.isWellFormed()
}

/**
 * Decodes a raw path or query string the way the router and query parser will; null
 * when a percent-escape is malformed or decodes to invalid UTF-8 (%ff, %E0%A4%A).
 */
export function decodeUrlPart(raw: string, plusIsSpace = false) {
  try {
    return decodeURIComponent(plusIsSpace ? raw.replaceAll('+', ' ') : raw)
  } catch {
    // Malformed escape: the caller refuses the request.
    return null
  }
}

/**
 * The first field of a parsed body whose name or text value is unsafe, as a dotted path
 * (`address.city`, `sectors.2`); null when the body is clean. Uploaded files are skipped.
 */
export function firstUnsafeField(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return unsafeInText(value) ? path.join('.') || 'body' : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstUnsafeField(item, [...path, String(index)])
      if (found !== null) return found
    }
    return null
  }
  if (value && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (unsafeInText(key))
        return [...path, key.replace(CONTROL_IN_TEXT_GLOBAL, '?').toWellFormed()].join('.')
      const found = firstUnsafeField(item, [...path, key])
      if (found !== null) return found
    }
  }
  return null
}

const CONTROL_IN_TEXT_GLOBAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g

function isPlainObject(value: object) {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Names of Object.prototype members (`toString`, `valueOf`, `__proto__` …) are never one of
 * our fields, and as keys they break code that converts a value: VineJS' number rule throws
 * a TypeError on `{ "toString": 1 }`, a 500. The first such key as a dotted path, or null.
 */
export function firstPrototypeKey(value: unknown, path: string[] = []): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstPrototypeKey(item, [...path, String(index)])
      if (found !== null) return found
    }
    return null
  }
  if (value && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key)) return [...path, key].join('.')
      const found = firstPrototypeKey(item, [...path, key])
      if (found !== null) return found
    }
  }
  return null
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype))
