import type { BrowserContext } from 'playwright'

/**
 * Largest Contentful Paint and the layout shifts (CLS) as the page reports them, recorded
 * from the first byte (an init script, which the page's CSP does not apply to). Browser
 * code as text: the backend's TypeScript has no DOM types.
 */
const observe = `
  window.__metrics = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { window.__metrics.lcp = entry.startTime; window.__metrics.element = entry.element; }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__metrics.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
`

const read = `(() => {
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
  const navigation = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const lcpElement = window.__metrics.element;
  return {
    ttfbMs: navigation ? navigation.responseStart : 0,
    fcpMs: paint ? paint.startTime : 0,
    lcpElement: lcpElement ? lcpElement.tagName + (lcpElement.id ? '#' + lcpElement.id : '') + ' ' + (lcpElement.textContent || '').trim().slice(0, 40) : '',
    lcpMs: window.__metrics.lcp,
    cls: window.__metrics.cls,
    jsTransferred: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    jsFiles: scripts.length,
  };
})()`

export interface PageLoad {
  ttfbMs: number
  fcpMs: number
  lcpElement: string
  lcpMs: number
  cls: number
  /** JavaScript bytes over the wire (compressed, headers included). */
  jsTransferred: number
  jsFiles: number
  /** Console errors and warnings, page errors. */
  problems: string[]
}

/** Loads `url` in a fresh page of `context` (cold cache) and reads what the browser measured. */
export async function measurePageLoad(context: BrowserContext, url: string): Promise<PageLoad> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript({ content: observe })
  await page.goto(url, { waitUntil: 'networkidle' })
  // LCP is final once the page has painted and nothing larger follows.
  await page.waitForTimeout(300)
  const result = (await page.evaluate(read)) as Omit<PageLoad, 'problems'>
  await page.close()
  return { ...result, problems }
}
