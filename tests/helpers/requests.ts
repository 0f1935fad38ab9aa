import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'

export interface SendOptions {
  /** The body, sent as JSON like the Inertia client's forms. */
  json?: unknown
  /** `accept: application/json`: a refusal is an explicit 403/404/422, not a redirect back. */
  asJsonCaller?: boolean
  /** Follow the redirect the form answers with (by default the 302 itself is the answer). */
  follow?: boolean
  /** Where the form was, for the redirect back. */
  referer?: string
}

/**
 * A signed-in write as a browser sends it: the session of `user`, the CSRF token, a JSON
 * body. Returns the request, so a test can still add to it before awaiting.
 */
export function submitAs(
  client: ApiClient,
  user: User,
  method: 'post' | 'put' | 'delete',
  url: string,
  options: SendOptions = {}
) {
  let request = client[method](url).loginAs(user).withCsrfToken()
  if (options.asJsonCaller) request = request.header('accept', 'application/json')
  if (options.referer) request = request.header('referer', options.referer)
  if (options.json !== undefined) request = request.json(options.json as object)
  if (!options.follow) request = request.redirects(0)
  return request
}
