import { toCyrillic } from '../app/services/serbian_script'

/**
 * Serbian Cyrillic readers see Cyrillic everywhere, including what people typed in Latin:
 * names of people, places and organisations, deal titles, messages. The catalogue is already
 * Cyrillic; this converts the rest of the page's text as it renders, with the one shared
 * function (app/services/serbian_script.ts, which keeps addresses, brands and foreign words).
 * Text in another language stays as is: anything inside an element whose `lang` is not
 * sr-Cyrl (an English title, a language's own name), form fields, code and `translate="no"`.
 */
const keepAsWritten = 'script, style, textarea, pre, code, kbd, [translate="no"]'
const latinLetter = /[A-Za-zČĆŠŽĐčćšžđ]/

function keeps(element: Element | null) {
  if (!element) return true
  if (element.closest(keepAsWritten)) return true
  const tagged = element.closest('[lang]')
  return !!tagged && tagged.getAttribute('lang') !== 'sr-Cyrl'
}

function convertText(node: Text) {
  const text = node.nodeValue
  if (!text || !latinLetter.test(text) || keeps(node.parentElement)) return
  const converted = toCyrillic(text)
  // Writing only real changes is what ends the observer's loop.
  if (converted !== text) node.nodeValue = converted
}

function convertTree(node: Node) {
  if (node.nodeType === Node.TEXT_NODE) return convertText(node as Text)
  if (node.nodeType !== Node.ELEMENT_NODE) return
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
  for (let text = walker.nextNode(); text; text = walker.nextNode()) convertText(text as Text)
}

/**
 * Watches the app's root: while `active()` (the page is in sr-Cyrl), every text the page
 * renders is converted before the browser paints it (observer callbacks run first).
 */
export function installCyrillicScript(root: HTMLElement, active: () => boolean) {
  const observer = new MutationObserver((records) => {
    if (!active()) return
    for (const record of records) {
      if (record.type === 'characterData') convertTree(record.target)
      else record.addedNodes.forEach(convertTree)
    }
  })
  observer.observe(root, { subtree: true, childList: true, characterData: true })
  return {
    /** Converts the whole page (the first render, or on switching to Cyrillic). */
    convertAll: () => {
      if (active()) convertTree(root)
    },
    stop: () => observer.disconnect(),
  }
}
