/**
 * What the build's HTML steps (scripts/page-runtime.ts, scripts/csp.ts) need to know about an
 * exported page, read with a spec-compliant HTML parser (parse5, through hast-util-from-html), so
 * that `<img alt="<script>">` or a code block showing a `<meta>` is text to them, as it is to a
 * browser. Offsets point into the original string: the steps cut and insert there and leave every
 * other byte of React's output as it was.
 */
import type { Comment, Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { THEME_SCRIPT } from './theme-script'

/** A `<script>` element of the page, with its source range (open tag to end tag). */
export interface ScriptElement {
  start: number
  end: number
  /** The `src` attribute, or null for an inline script. */
  src: string | null
  /** The `type` attribute, lower-cased; '' when absent. */
  type: string
  /** The inline text, as the browser hashes it. */
  text: string
}

export interface HtmlScan {
  scripts: ScriptElement[]
  /** `<link rel="modulepreload">` and `<link rel="preload" as="script">`: fetches for a runtime. */
  scriptPreloads: { start: number; end: number }[]
  /** Offset just after `<head …>`, and of `</head>`; null when the page has no written head. */
  headStart: number | null
  headEnd: number | null
  /** `content` of each `<meta http-equiv="Content-Security-Policy">` element. */
  policies: string[]
  /** React left a Suspense boundary for the browser to fill (`<!--$?-->` pending, `<!--$!-->` client-rendered). */
  browserBoundaries: number
}

const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])

function offsets(node: Element | Comment): { start: number; end: number } | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? null : { start, end }
}

function text(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

function attribute(element: Element, name: string): string | null {
  const value = element.properties[name]
  if (value === undefined || value === null || value === false) return null
  return Array.isArray(value) ? value.join(' ') : String(value)
}

/** Parses a page and lists its scripts, script preloads, head, policies and unfinished boundaries. */
export function scanHtml(html: string): HtmlScan {
  const tree: Root = fromHtml(html, { verbose: true })
  const scan: HtmlScan = { scripts: [], scriptPreloads: [], headStart: null, headEnd: null, policies: [], browserBoundaries: 0 }
  const visit = (nodes: readonly (RootContent | ElementContent)[], inHead: boolean) => {
    for (const node of nodes) {
      if (node.type === 'comment' && (node.value === '$?' || node.value === '$!')) scan.browserBoundaries += 1
      if (node.type !== 'element') continue
      const range = offsets(node)
      if (node.tagName === 'script' && range) {
        scan.scripts.push({ ...range, src: attribute(node, 'src'), type: (attribute(node, 'type') ?? '').trim().toLowerCase(), text: text(node) })
      } else if (node.tagName === 'link' && range) {
        const rel = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/)
        if (rel.includes('modulepreload') || (rel.includes('preload') && attribute(node, 'as') === 'script')) scan.scriptPreloads.push(range)
      } else if (node.tagName === 'meta' && inHead && (attribute(node, 'httpEquiv') ?? '').toLowerCase() === 'content-security-policy') {
        scan.policies.push(attribute(node, 'content') ?? '')
      } else if (node.tagName === 'head') {
        const tags = (node.data as { position?: { opening?: { end: { offset?: number } }; closing?: { start: { offset?: number } } } } | undefined)?.position
        scan.headStart = tags?.opening?.end.offset ?? null
        scan.headEnd = tags?.closing?.start.offset ?? null
      }
      visit(node.children, inHead || node.tagName === 'head')
      // A <template>'s markup lives in its content fragment.
      if (node.tagName === 'template' && node.content) visit(node.content.children, inHead)
    }
  }
  visit(tree.children, false)
  return scan
}

/** A data block (JSON-LD, JSON): never executed, so neither a runtime part nor something to hash. */
export function isDataBlock(script: ScriptElement): boolean {
  return script.src === null && !JAVASCRIPT_TYPES.has(script.type) && script.type !== 'importmap'
}

/** The head script that applies a stored theme before paint (lib/theme-script.ts), exactly as built. */
export function isThemeScript(script: ScriptElement): boolean {
  return script.src === null && script.type === '' && script.text === THEME_SCRIPT
}

/** The whole text is `prefix` + one JSON value + `)`: pushes data, can run nothing else. */
function pushesOnlyJson(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix) || !text.endsWith(')')) return false
  try {
    JSON.parse(text.slice(prefix.length, -1))
    return true
  } catch {
    return false
  }
}

const NEXT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const NEXT_FLIGHT = 'self.__next_f.push('
const TURBOPACK_CHUNKS = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('

/**
 * An inline script Next.js writes into an exported page: the flight bootstrap, a flight data
 * chunk or Turbopack's chunk list. Recognised by its whole text, and data chunks only when the
 * argument is a JSON literal, so nothing else can pass for one.
 */
export function isNextInlineScript(script: ScriptElement): boolean {
  if (script.src !== null || script.type !== '') return false
  return script.text === NEXT_BOOTSTRAP || pushesOnlyJson(script.text, NEXT_FLIGHT) || pushesOnlyJson(script.text, TURBOPACK_CHUNKS)
}

/** A script file of Next's build (`<basePath>/_next/static/…`). */
export function isNextScriptFile(script: ScriptElement, basePath: string): boolean {
  return script.src !== null && script.src.startsWith(`${basePath}/_next/static/`) && !script.src.includes('..')
}

/** The page's RSC payload: the text of its flight data chunks (`self.__next_f.push([1, "…"])`), in order. */
export function flightPayload(scripts: readonly ScriptElement[]): string {
  let payload = ''
  for (const script of scripts) {
    if (!isNextInlineScript(script) || !script.text.startsWith(NEXT_FLIGHT)) continue
    const chunk = JSON.parse(script.text.slice(NEXT_FLIGHT.length, -1)) as unknown
    if (Array.isArray(chunk) && chunk[0] === 1 && typeof chunk[1] === 'string') payload += chunk[1]
  }
  return payload
}

/** Short, one-line view of a script for messages. */
export function describeScript(script: ScriptElement): string {
  if (script.src !== null) return `<script src="${script.src}">`
  const body = script.text.replace(/\s+/g, ' ').trim()
  return `<script${script.type ? ` type="${script.type}"` : ''}>${body.length > 60 ? `${body.slice(0, 60)}…` : body}</script>`
}
