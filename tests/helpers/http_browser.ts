import { TEST_PASSWORD } from '#database/factories/user_factory'
import { interestForm } from '#tests/helpers/marketplace'

export { freePort } from '#tests/helpers/ace_process'

/** A browser's cookie jar and XSRF token, enough to post a form to a spawned server. */
export class Browser {
  cookies = new Map<string, string>()
  constructor(protected baseUrl: string) {}

  async request(path: string, init: RequestInit & { json?: unknown } = {}) {
    const headers = new Headers(init.headers)
    headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (xsrf) headers.set('x-xsrf-token', decodeURIComponent(xsrf))
    if (init.json !== undefined) headers.set('content-type', 'application/json')
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: 'manual',
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const index = pair.indexOf('=')
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1))
    }
    return response
  }

  async logIn(email: string, password = TEST_PASSWORD) {
    await this.request('/login')
    return this.request('/login', {
      method: 'POST',
      json: { email, password },
      headers: { accept: 'text/html' },
    })
  }

  /** The interest form of a listing's page, posted as that page posts it. */
  expressInterest(slug: string, form: object = interestForm) {
    return this.request(`/opportunities/${slug}/interest`, {
      method: 'POST',
      headers: { accept: 'text/html', referer: `${this.baseUrl}/opportunities/${slug}` },
      json: form,
    })
  }
}
