/**
 * Light pages (LIGHT_PAGES=1): an exported page without Next.js's runtime. Every script goes
 * (Next's chunks, its inline flight data, which repeats the page's content as RSC) except data
 * blocks such as JSON-LD, and one small deferred script takes over the interactive leaves.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const LINK = /<link\b[^>]*>/gi
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/i
/** React leaves a boundary pending (`<!--$?-->`) when part of a page waits for the browser. */
const PENDING_BOUNDARY = '<!--$?-->'

/** The page without Next's scripts and with `leafScript` (a site URL) deferred in its head. */
export function toLightPage(html: string, leafScript: string): string {
  if (html.includes(PENDING_BOUNDARY)) throw new Error('the page waits for the browser to render part of it (a Suspense boundary); it needs the runtime')
  const stripped = html
    .replace(SCRIPT, (tag, attributes: string) => (DATA_BLOCK.test(attributes) ? tag : ''))
    .replace(LINK, (tag) => (/\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag)) ? '' : tag))
  const head = stripped.indexOf('</head>')
  if (head === -1) throw new Error('no </head> to put the script in')
  return `${stripped.slice(0, head)}<script src="${leafScript}" defer></script>${stripped.slice(head)}`
}
