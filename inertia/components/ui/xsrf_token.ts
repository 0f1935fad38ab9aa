/** The CSRF token shield sets as the XSRF-TOKEN cookie, for requests made with fetch. */
export function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/)
  return match ? decodeURIComponent(match[1]) : ''
}
