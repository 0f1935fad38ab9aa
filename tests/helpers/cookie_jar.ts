import env from '#start/env'

const baseUrl = `http://${env.get('HOST')}:${env.get('PORT')}`

/**
 * A browser's cookie jar against the in-process test server: keeps every Set-Cookie and
 * posts JSON with the XSRF token, as the Inertia client does. `snapshot()` copies the jar,
 * so a test can replay an older cookie after the server changed the session.
 */
export function cookieJar(initial: Map<string, string> = new Map()) {
  const cookies = new Map(initial)
  return {
    cookies,
    snapshot: () => cookieJar(cookies),
    async request(path: string, init: { method?: string; json?: unknown } = {}) {
      const headers: Record<string, string> = {
        'cookie': [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'accept': 'text/html',
        'content-type': 'application/json',
      }
      const xsrf = cookies.get('XSRF-TOKEN')
      if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf)
      const response = await fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        redirect: 'manual',
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      })
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';')
        const index = pair.indexOf('=')
        cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1))
      }
      return response
    },
  }
}
