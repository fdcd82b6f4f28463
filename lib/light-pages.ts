/**
 * Light pages (lib/site.ts `lightPages`): an exported page without Next.js's runtime. Every script goes
 * (Next's chunks and its inline flight data, which repeats the page's content as RSC) except data
 * blocks such as JSON-LD and the theme script in the head, and one small deferred script
 * (components/layout/light-page-entry.ts) takes over the interactive parts.
 */
import { THEME_SCRIPT } from './theme-script'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const LINK = /<link\b[^>]*>/gi
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/i
/** React leaves a boundary pending (`<!--$?-->`) when part of a page waits for the browser. */
const PENDING_BOUNDARY = '<!--$?-->'

function keepsScript(attributes: string, body: string): boolean {
  return DATA_BLOCK.test(attributes) || (attributes.trim() === '' && body === THEME_SCRIPT)
}

function isScriptPreload(tag: string): boolean {
  return /\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag))
}

/** The page without Next's scripts and with `leafScript` (a site URL) deferred in its head. */
export function toLightPage(html: string, leafScript: string): string {
  if (html.includes(PENDING_BOUNDARY)) throw new Error('the page waits for the browser to render part of it (a Suspense boundary); it needs the runtime')
  const stripped = html
    .replace(SCRIPT, (tag, attributes: string, body: string) => (keepsScript(attributes, body) ? tag : ''))
    .replace(LINK, (tag) => (isScriptPreload(tag) ? '' : tag))
  const head = stripped.indexOf('</head>')
  if (head === -1) throw new Error('no </head> to put the script in')
  return `${stripped.slice(0, head)}<script src="${leafScript}" defer></script>${stripped.slice(head)}`
}
