/*
| Edge globals for the root view.
*/
import edge from 'edge.js'
import { headWithoutTitle, pageMeta } from '#services/page_meta'

/**
 * The page data goes into <script type="application/json">. @adonisjs/inertia escapes only
 * "/", so text such as `<!--<script>` typed into a description would switch the HTML parser
 * into "script data double escaped" state: the real </script> no longer ends the element and
 * the page stops rendering for everyone who opens it. Escaping <, > and & (and the two JS
 * line separators) keeps any user text inert inside the JSON; JSON.parse restores it exactly.
 */
export function pageDataJson(page: unknown) {
  return JSON.stringify(page)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

type PageObject = { ssrBody?: string; ssrHead?: string[] }
type Attributes = { id?: string; class?: string; as?: string }

// Meta tags of public pages (title, description, languages, Open Graph, JSON-LD).
edge.global('pageMeta', pageMeta)
edge.global('headWithoutTitle', headWithoutTitle)

// Replaces the `inertia` global behind the @inertia tag. Edge runs plugins in the order
// they were added, on first render, so this one runs after the Inertia provider's plugin.
edge.use((instance) => {
  instance.global('inertia', (page: PageObject = {}, attributes: Attributes = {}) => {
    // A server-rendered page (its body holds the page data), or the shell the browser
    // renders (also when the server render failed and left an empty body).
    if (page.ssrBody) return page.ssrBody
    const pageObject = { ...page }
    delete pageObject.ssrBody
    delete pageObject.ssrHead
    const id = attributes.id || 'app'
    const tag = attributes.as || 'div'
    const className = attributes.class ? ` class="${attributes.class}"` : ''
    return `<script data-page="${id}" type="application/json">${pageDataJson(pageObject)}</script><${tag} id="${id}"${className}></${tag}>`
  })
})
