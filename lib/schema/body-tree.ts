/**
 * What the checks read in a post body, from one parse of its Markdown, read as the render pipeline
 * reads it (GFM and formulas): its images, links, raw HTML, formulas and diagrams, each with its
 * line. The images, links, formula and diagram checks used to parse each body themselves, four
 * parses per post; now each body is parsed once per process.
 *
 * Outlines are kept by the body's text for the life of the process: `npm run dev` checks the
 * whole blog again after every edit, and then only the edited post is parsed. Kept on
 * `globalThis`, because `next dev` evaluates its modules anew after a change. Between runs
 * (`npm run check`, builds), lib/markdown/outline-store.ts keeps them on disk.
 */
import { createHash } from 'node:crypto'
import type { Code, Definition, Image, Link } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

export interface BodyOutline {
  /** `![alt](src)`, with the alt text as written (null when there is none). */
  images: { src: string; alt: string | null; line: number }[]
  /** Inline links and reference definitions. */
  links: { url: string; line: number }[]
  /** Raw HTML, flow and inline: its images and anchors are the checks' to read. */
  html: { value: string; line: number }[]
  /** Formulas: `$$` blocks (`meta` is what followed the opening `$$`) and inline `$…$`. */
  /** `start` and `end`: the formula's offsets in the body, delimiters included. */
  math: { display: boolean; value: string; meta: string | null; line: number; start: number; end: number }[]
  /** Fenced ```mermaid blocks, with the line of the opening fence. */
  diagrams: { value: string; line: number }[]
  /**
   * A code fence that is never closed and so runs to the end of the post, swallowing every heading
   * after it: its opening line and its fence (```` ``` ```` or `~~~`). Null when every fence closes.
   */
  unclosedFence: { line: number; fence: string } | null
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath)

/** A fence that opens a code block: up to three spaces, then three or more backticks or tildes. */
const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})/
const bodyLines = (body: string) => body.split(/\r\n|\r|\n/)

/**
 * Whether a fenced code block reaches the end of the body unclosed. CommonMark lets a block run on
 * to the end; in a post that is always a mistake (the rest of the text becomes code).
 */
function unclosedAt(code: Code, body: string): { line: number; fence: string } | null {
  const start = code.position?.start
  const end = code.position?.end
  if (!start || !end || start.column !== 1) return null
  const lines = bodyLines(body)
  const opening = OPENING_FENCE.exec(lines[start.line - 1] ?? '')
  if (!opening?.[1]) return null
  const fence = opening[1]
  // Closed when the block's last line is a fence of the same character, at least as long.
  const last = (lines[end.line - 1] ?? '').trim()
  const closing = new RegExp(`^\\${fence[0]}{${fence.length},}$`)
  if (end.line > start.line && closing.test(last)) return null
  // Unclosed blocks inside a list or a quote end with it; only one that reaches the end of the body swallows the rest.
  const rest = lines.slice(end.line).join('\n').trim()
  return rest === '' ? { line: start.line, fence } : null
}

function outline(body: string): BodyOutline {
  const found: BodyOutline = { images: [], links: [], html: [], math: [], diagrams: [], unclosedFence: null }
  visit(parser.parse(body), (node) => {
    const line = node.position?.start.line ?? 1
    switch (node.type) {
      case 'image':
        found.images.push({ src: (node as Image).url, alt: (node as Image).alt ?? null, line })
        break
      case 'link':
      case 'definition':
        found.links.push({ url: (node as Link | Definition).url, line })
        break
      case 'html':
        found.html.push({ value: node.value, line })
        break
      case 'math':
      case 'inlineMath':
        found.math.push({
          display: node.type === 'math',
          value: node.value,
          meta: node.type === 'math' ? (node.meta ?? null) : null,
          line,
          start: node.position?.start.offset ?? 0,
          end: node.position?.end.offset ?? 0,
        })
        break
      case 'code':
        if ((node as Code).lang === 'mermaid') found.diagrams.push({ value: node.value, line })
        found.unclosedFence ??= unclosedAt(node as Code, body)
        break
    }
  })
  return found
}

/** Beyond this many bodies the memory starts again (a long `npm run dev` session). */
const REMEMBERED_BODIES = 20_000

const MEMORY = Symbol.for('blog.body-tree.outlines')
const outlines = ((globalThis as Record<symbol, unknown>)[MEMORY] ??= new Map()) as Map<string, BodyOutline>

/** The name of a body's outline in a store: the hash of its text. */
export function outlineKey(body: string): string {
  return createHash('sha256').update(body).digest('hex')
}

/** Outlines an earlier run kept (lib/markdown/outline-store.ts), and those this process used, by key. */
let stored: ReadonlyMap<string, BodyOutline> = new Map()
const used = new Map<string, BodyOutline>()

/** Outlines to take instead of parsing a body again (a build after one post changed parses one). */
export function takeStoredOutlines(byKey: ReadonlyMap<string, BodyOutline>): void {
  stored = byKey
}

/** Every outline this process used, by key: what the next run may take. */
export function usedOutlines(): ReadonlyMap<string, BodyOutline> {
  return used
}

/** The body's outline. Callers read it and must not change it: the next check gets the same one. */
export function bodyOutline(body: string): BodyOutline {
  let found = outlines.get(body)
  if (found === undefined) {
    if (outlines.size >= REMEMBERED_BODIES) {
      outlines.clear()
      used.clear()
    }
    const key = outlineKey(body)
    found = stored.get(key) ?? outline(body)
    outlines.set(body, found)
    used.set(key, found)
  }
  return found
}
