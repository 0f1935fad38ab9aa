/** The document title of every page, on the server and in the browser alike. */
export function pageTitle(title: string) {
  return title ? `${title} · Most` : 'Most'
}
