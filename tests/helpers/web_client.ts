import { request as httpRequest } from 'node:http'

/**
 * A minimal browser for a server in another process: a cookie jar, the CSRF header the
 * Inertia client sends (X-XSRF-TOKEN from the XSRF-TOKEN cookie) and raw paths (node:http
 * sends percent escapes, broken ones included, exactly as given).
 */
export interface WebResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The body as received (still compressed when the server sent Content-Encoding). */
  bytes: Buffer
  ms: number
}

export interface WebRequest {
  headers?: Record<string, string>
  body?: string | Buffer
  /** Send no cookies (a first-time visitor, or a forged Cookie header given in `headers`). */
  withoutCookies?: boolean
  /** Send the CSRF token of this client's session. */
  csrf?: boolean
  timeoutMs?: number
  /** Resolve once the status and headers arrive (an event stream never ends). */
  headersOnly?: boolean
}

export class WebClient {
  readonly cookies = new Map<string, string>()

  constructor(readonly baseUrl: string) {}

  get xsrfToken() {
    return this.cookies.get('XSRF-TOKEN')
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  request(method: string, path: string, options: WebRequest = {}): Promise<WebResponse> {
    const url = new URL(this.baseUrl)
    const headers: Record<string, string | number> = { ...options.headers }
    // A request with forged cookies (or none) is another visitor: what it is given back
    // must not replace this client's own session.
    const ownCookies = !options.withoutCookies && !('cookie' in headers)
    if (ownCookies && this.cookies.size) headers.cookie = this.cookieHeader()
    if (options.csrf && this.xsrfToken) headers['x-xsrf-token'] = decodeURIComponent(this.xsrfToken)
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body)
    const started = performance.now()
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, method, path, headers, agent: false },
        (res) => {
          if (options.headersOnly) {
            if (ownCookies) this.store(res.headers['set-cookie'])
            res.destroy()
            return resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: '',
              bytes: Buffer.alloc(0),
              ms: performance.now() - started,
            })
          }
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', reject)
          res.on('end', () => {
            if (ownCookies) this.store(res.headers['set-cookie'])
            const bytes = Buffer.concat(chunks)
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: bytes.toString('utf8'),
              bytes,
              ms: performance.now() - started,
            })
          })
        }
      )
      req.setTimeout(options.timeoutMs ?? 15_000, () =>
        req.destroy(new Error(`no answer within ${options.timeoutMs ?? 15_000} ms`))
      )
      req.on('error', reject)
      req.end(options.body)
    })
  }

  private store(setCookies: string[] | undefined) {
    for (const line of setCookies ?? []) {
      const [pair, ...attributes] = line.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index).trim()
      const value = pair.slice(index + 1).trim()
      const expired = attributes.some((attribute) => {
        const [key, attributeValue] = attribute.trim().split('=')
        if (key.toLowerCase() === 'max-age') return Number(attributeValue) <= 0
        if (key.toLowerCase() === 'expires') return Date.parse(attributeValue) < Date.now()
        return false
      })
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  /** The Inertia page object embedded in a full page answer. */
  static page(body: string): {
    component: string
    version: string | null
    props: Record<string, unknown>
    url: string
  } {
    const match = body.match(
      /<script data-page="app" type="application\/json">([\s\S]*?)<\/script>/
    )
    if (!match) throw new Error(`no Inertia page in the answer:\n${body.slice(0, 500)}`)
    return JSON.parse(match[1])
  }

  /** Logs in through the real form: GET /login for the session and CSRF cookie, then POST. */
  async login(email: string, password: string) {
    const form = await this.request('GET', '/login', { headers: { accept: 'text/html' } })
    if (form.status !== 200) throw new Error(`GET /login answered ${form.status}`)
    const answer = await this.request('POST', '/login', {
      csrf: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept': 'text/html' },
      body: new URLSearchParams({ email, password }).toString(),
    })
    if (answer.status !== 302 || answer.headers.location === '/login') {
      throw new Error(`login of ${email} answered ${answer.status} → ${answer.headers.location}`)
    }
    return answer
  }
}
