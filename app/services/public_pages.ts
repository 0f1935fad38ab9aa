/**
 * The pages anyone may read, which search engines and link previews see: rendered on
 * the server (config/inertia.ts), given per-language URLs, meta tags and a place in the
 * sitemap. Signed-in and CRM pages stay rendered in the browser.
 */
export const publicPages = [
  'community/home',
  'opportunities/index',
  'opportunities/show',
  'organisations/show',
  'community/municipalities/show',
  'community/directory/index',
  'community/figures/index',
  'community/stories/index',
  'community/stories/show',
  'community/events/index',
  'community/events/show',
] as const

export type PublicPage = (typeof publicPages)[number]

export function isPublicPage(component: string): component is PublicPage {
  return (publicPages as readonly string[]).includes(component)
}
