import type SentEmail from '#models/sent_email'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { appUrl } from '#config/app'

/** A recorded e-mail: the list shows who and what; the preview shows it in full. */
export default class SentEmailTransformer extends BaseTransformer<SentEmail> {
  toObject() {
    return this.pick(this.resource, ['id', 'toAddress', 'subject', 'createdAt', 'dealId'])
  }

  /**
   * In full, with its links: the app's own links become paths, so they open on whatever
   * host the reader is on (APP_URL may name another one).
   */
  forPreview() {
    const { html, text } = this.resource
    return {
      ...this.toObject(),
      html,
      text,
      links: linksOf(html ?? text ?? ''),
    }
  }
}

function linksOf(body: string) {
  const own = new URL(appUrl).origin
  const found = new Map<string, { href: string; label: string }>()
  for (const match of body.matchAll(
    /<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>|\bhttps?:\/\/[^\s<>"']+/gi
  )) {
    const raw = decodeEntities(match[1] ?? match[0])
    const label = match[2] ? decodeEntities(match[2].replace(/<[^>]+>/g, '').trim()) : raw
    let href = raw
    try {
      const url = new URL(raw)
      if (url.origin === own) href = `${url.pathname}${url.search}${url.hash}`
      else if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) continue
    } catch {
      // Not an absolute URL: only a path of the app's own is kept as a link.
      if (!raw.startsWith('/') || raw.startsWith('//')) continue
    }
    if (!found.has(href)) found.set(href, { href, label: label || href })
  }
  return [...found.values()]
}

function decodeEntities(value: string) {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}
