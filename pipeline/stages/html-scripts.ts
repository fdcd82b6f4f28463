/**
 * What the build's HTML steps (pipeline/stages/page-runtime.ts, pipeline/stages/csp.ts) need to know about an
 * exported page, read with an HTML parser (htmlparser2, as the link check does), so that
 * `<img alt="<script>">` or a code block that shows a `<meta>` is text to them, as it is to a
 * browser. Offsets point into the original string: the steps cut and insert there and leave every
 * other byte of React's output as it was. htmlparser2 is not the browser's parser in every corner
 * (it reads markup inside `<noscript>` and `<iframe>`, for one), and parse5 was 40 times slower
 * per page; where the two could disagree the policy still holds, because a script is hashed only
 * when its whole text is one the build wrote, so a script only the browser sees runs into the
 * policy unhashed.
 */
import { Parser } from 'htmlparser2'
import { THEME_SCRIPT } from '../../lib/site/theme-script'

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
  /** `content` of each `<meta http-equiv="Content-Security-Policy">` element in the head. */
  policies: string[]
  /**
   * `<meta name="next-size-adjust">`: a marker Next's server writes for its font loader, which no
   * browser code reads. Its place in the head depends on whether the metadata had resolved when
   * React wrote the head, so the same page can come out in two orders: pages without the runtime drop it.
   */
  sizeAdjustMarkers: { start: number; end: number }[]
  /** React left a Suspense boundary for the browser to fill (`<!--$?-->` pending, `<!--$!-->` client-rendered). */
  browserBoundaries: number
}

const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])

/** Parses a page and lists its scripts, script preloads, head, policies and unfinished boundaries. */
export function scanHtml(html: string): HtmlScan {
  const scan: HtmlScan = {
    scripts: [],
    scriptPreloads: [],
    headStart: null,
    headEnd: null,
    policies: [],
    sizeAdjustMarkers: [],
    browserBoundaries: 0,
  }
  let open: Omit<ScriptElement, 'end'> | null = null
  let inHead = false
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') {
          open = {
            start: parser.startIndex,
            src: attributes.src ?? null,
            type: (attributes.type ?? '').trim().toLowerCase(),
            text: '',
          }
        } else if (name === 'link') {
          const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
          const range = { start: parser.startIndex, end: parser.endIndex + 1 }
          if (
            rel.includes('modulepreload') ||
            (rel.includes('preload') && (attributes.as ?? '').toLowerCase() === 'script')
          )
            scan.scriptPreloads.push(range)
        } else if (
          name === 'meta' &&
          inHead &&
          (attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy'
        ) {
          scan.policies.push(attributes.content ?? '')
        } else if (name === 'meta' && inHead && attributes.name === 'next-size-adjust') {
          scan.sizeAdjustMarkers.push({ start: parser.startIndex, end: parser.endIndex + 1 })
        } else if (name === 'head' && scan.headStart === null) {
          scan.headStart = parser.endIndex + 1
          inHead = true
        }
      },
      ontext(text) {
        if (open) open.text += text
      },
      onclosetag(name, isImplied) {
        if (name === 'script' && open) {
          if (isImplied) throw new Error('끝나지 않은 <script>가 있습니다')
          scan.scripts.push({ ...open, end: parser.endIndex + 1 })
          open = null
        } else if (name === 'head' && inHead) {
          inHead = false
          if (!isImplied) scan.headEnd = parser.startIndex
        }
      },
      oncomment(data) {
        if (data === '$?' || data === '$!') scan.browserBoundaries += 1
      },
    },
    // Script text stays as written (htmlparser2 never decodes inside <script>); attributes are decoded.
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return scan
}

/** A data block (JSON-LD, JSON): never executed, so neither a runtime part nor something to hash. */
export function isDataBlock(script: ScriptElement): boolean {
  return script.src === null && !JAVASCRIPT_TYPES.has(script.type) && script.type !== 'importmap'
}

/** The head script that applies a stored theme before paint (lib/site/theme-script.ts), exactly as built. */
export function isThemeScript(script: ScriptElement): boolean {
  return script.src === null && script.type === '' && script.text === THEME_SCRIPT
}

const NOT_DATA = Symbol('not data')

/**
 * The argument when the whole text is `prefix` + one JSON value + `)` (and an optional `;`): such
 * a script pushes data and can run nothing else. NOT_DATA otherwise.
 */
function jsonArgument(text: string, prefix: string): unknown {
  const call = text.endsWith(');') ? text.slice(0, -1) : text
  if (!call.startsWith(prefix) || !call.endsWith(')')) return NOT_DATA
  try {
    return JSON.parse(call.slice(prefix.length, -1)) as unknown
  } catch {
    return NOT_DATA
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
  // No `<` at all: nothing in the text can end the script or open a comment early in any parser.
  if (script.src !== null || script.type !== '' || script.text.includes('<')) return false
  return (
    script.text === NEXT_BOOTSTRAP ||
    jsonArgument(script.text, NEXT_FLIGHT) !== NOT_DATA ||
    jsonArgument(script.text, TURBOPACK_CHUNKS) !== NOT_DATA
  )
}

/** A script file of Next's build (`<basePath>/_next/static/…`). */
export function isNextScriptFile(script: ScriptElement, basePath: string): boolean {
  return script.src !== null && script.src.startsWith(`${basePath}/_next/static/`) && !script.src.includes('..')
}

/** The page's RSC payload: the text of its flight data chunks (`self.__next_f.push([1, "…"])`), in order. */
export function flightPayload(scripts: readonly ScriptElement[]): string {
  let payload = ''
  for (const script of scripts) {
    if (script.src !== null || script.type !== '') continue
    const chunk = jsonArgument(script.text, NEXT_FLIGHT)
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
