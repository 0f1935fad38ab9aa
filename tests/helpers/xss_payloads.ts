/** Classic XSS probes: script tags, event handlers, javascript: URLs, parser tricks. */
export const xssPayloads = [
  '<script>alert(1)</script>',
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(1)>",
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)//',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  "'';!--\"<XSS>=&{()}",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '</script><script>alert(1)</script>',
  '<!--<script>alert(1)',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '{{ constructor.constructor("alert(1)")() }}',
  '${alert(1)} #{alert(1)}',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<embed src="javascript:alert(1)">',
  '<marquee onstart=alert(1)>scroll</marquee>',
  'x\u2028<script>alert(1)</script>\u2029y',
]

/**
 * Probes that set `window.__xss` instead of opening a dialog, so a browser test can ask the
 * page whether any of them ran (an `alert` from the classic ones is caught as a dialog).
 */
export const flagPayloads = [
  '<img src=x onerror=window.__xss=1>',
  '"><svg onload=window.__xss=2>',
  "'><script>window.__xss=3</script>",
  '<details open ontoggle=window.__xss=4>',
  '<iframe srcdoc="<script>parent.__xss=5</script>">',
]

/** As many flag probes as fit a column of `max` characters, after a visible marker. */
export function shortPayload(marker: string, max: number) {
  let text = marker
  for (const payload of flagPayloads) {
    if (text.length + 1 + payload.length > max) break
    text += ` ${payload}`
  }
  return text
}

/** Every probe, one a line, after a visible marker: for text columns. */
export function everyPayload(marker: string) {
  return [marker, ...xssPayloads, ...flagPayloads].join('\n')
}
