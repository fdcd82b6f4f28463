import { bodyWordsFor, type BodyWords } from './body-words'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderMermaidSVG } from 'beautiful-mermaid'
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Diagrams: a ```mermaid block becomes an inline SVG at build time (a pure-JavaScript renderer, no
 * browser and no script on the page). The SVG is coloured only through CSS custom properties that
 * components/post/diagram.css maps to the site's own colours, so it follows light and dark themes.
 * Whether a diagram parses is decided by lib/markdown/diagram-check.ts in `npm run check`; a block
 * this renderer cannot draw stays a code block here.
 */

/** Bumped when the output below changes, so cached drawings are not reused. */
// 2: `click` lines are left out of the drawing (readDiagramSource).
// 4: drawn at a size in whole pixels at which the smallest text is 12 px (legibleSize).
const CACHE_VERSION = '4'
const RENDERER_VERSION = 'beautiful-mermaid@1.1.3'
/** Rendered drawings by content hash: Contentlayer renders every post again when its config changes. */
export function diagramCacheDir(): string {
  return path.resolve(process.env.DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/blog-diagrams')
}

/** SVG elements the renderer writes; anything else (it cannot come from it) is dropped. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'marker',
  'polygon',
  'polyline',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'text',
  'tspan',
  'title',
  'desc',
])

export interface DiagramSource {
  /** Mermaid text without the accessibility lines. */
  code: string
  /** `accTitle: …`, Mermaid's own way to name a diagram. */
  title: string | null
  /** `accDescr: …`, a longer description. */
  description: string | null
  /**
   * 1-based lines (within the diagram) of Mermaid's `click` lines, left out: they bind a script
   * or a link to a node in Mermaid's browser runtime, which the blog does not ship, and the
   * renderer drew each one as a stray node named "click".
   */
  dropped: number[]
}

/** Reads Mermaid's `accTitle:` and `accDescr:` lines, which the renderer does not know, off the diagram. */
export function readDiagramSource(text: string): DiagramSource {
  let title: string | null = null
  let description: string | null = null
  const kept: string[] = []
  const dropped: number[] = []
  text.split('\n').forEach((line, index) => {
    if (/^\s*click\s/.test(line)) {
      dropped.push(index + 1)
      return
    }
    const match = /^\s*(accTitle|accDescr)\s*:\s*(.*)$/.exec(line)
    if (match === null) kept.push(line)
    else if (match[1] === 'accTitle') title = (match[2] ?? '').trim() || null
    else description = (match[2] ?? '').trim() || null
  })
  // Mermaid ends a flowchart's first line with `;` as readily as any statement (`graph TB;`); the
  // renderer reads the direction only without it.
  const code = kept
    .join('\n')
    .trim()
    .replace(/^((?:graph|flowchart)[ \t]+[A-Za-z]{2})[ \t]*;[ \t]*(?=\n|$)/, '$1')
  return { code, title, description, dropped }
}

export function diagramHash(text: string): string {
  return createHash('sha256').update(`${CACHE_VERSION}\n${RENDERER_VERSION}\n${text}`).digest('hex').slice(0, 16)
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The labels of the drawn boxes, for a title when the author gave none. */
function nodeLabels(svg: string): string[] {
  const labels = [...svg.matchAll(/<g class="node"[^>]*\sdata-label="([^"]*)"/g)].map((match) => match[1] ?? '')
  return [...new Set(labels.filter((label) => label.trim() !== ''))]
}

/** The smallest text a diagram may show, in CSS pixels: below it, labels are hard to read on a phone. */
export const MIN_DIAGRAM_TEXT_PX = 12

/**
 * The size to draw a diagram at, so that its smallest text (the renderer writes edge labels at
 * 11) is at least MIN_DIAGRAM_TEXT_PX. The page never shrinks a diagram (components/post/diagram.css):
 * one wider than the column scrolls sideways in its own box instead.
 */
export function legibleSize(svg: string, width: number, height: number): { width: number; height: number } {
  const sizes = [...svg.matchAll(/\sfont-size="([\d.]+)(?:px)?"/g)].map((match) => Number(match[1]))
  const smallest = Math.min(...sizes.filter((size) => size > 0))
  const scale = Number.isFinite(smallest) && smallest < MIN_DIAGRAM_TEXT_PX ? MIN_DIAGRAM_TEXT_PX / smallest : 1
  // Whole pixels, rounded up: the browser lays a fractional width out a little smaller (in 1/64 px),
  // which would draw the smallest text just under the limit.
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) }
}

/**
 * The renderer's SVG made fit for a page that may hold several: its `<style>` (which imports a web
 * font from elsewhere) and inline colours go, ids get a per-diagram prefix, and it is named for
 * screen readers (`role="img"`, `<title>`, `<desc>`).
 */
export function finishSvg(
  raw: string,
  source: DiagramSource,
  hash: string,
  words: Pick<BodyWords, 'diagram' | 'diagramOf'> = bodyWordsFor(undefined),
): string {
  const prefix = `diagram-${hash}-`
  let svg = raw.replace(/<style>[\s\S]*?<\/style>\s*/g, '')
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')
  for (const id of new Set(ids)) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    svg = svg
      .replace(new RegExp(`\\sid="${escaped}"`, 'g'), ` id="${prefix}${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${prefix}${id})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${prefix}${id}"`)
  }
  const labels = nodeLabels(raw)
  const title =
    source.title ??
    (labels.length > 0 ? words.diagramOf(labels.slice(0, 8).join(', '), labels.length > 8) : words.diagram)
  const open = /^<svg\b([^>]*)>/.exec(svg)
  if (open === null) throw new Error('the renderer wrote no <svg>')
  const attributes = open[1] ?? ''
  const keep = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1]
  const describedBy = source.description !== null ? ` aria-describedby="${prefix}desc"` : ''
  const size = legibleSize(svg, Number(keep('width') ?? 0), Number(keep('height') ?? 0))
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${keep('viewBox') ?? ''}" width="${size.width}" height="${size.height}"` +
    ` role="img" aria-labelledby="${prefix}title"${describedBy}>` +
    `<title id="${prefix}title">${escapeXml(title)}</title>` +
    (source.description !== null ? `<desc id="${prefix}desc">${escapeXml(source.description)}</desc>` : '')
  return head + svg.slice(open[0].length)
}

const memory = new Map<string, string | null>()

/**
 * The finished SVG of a Mermaid diagram, or null when the renderer cannot draw it. Cached by the
 * hash of its text in memory and on disk, so a rebuild draws only new or changed diagrams.
 */
export function renderDiagram(text: string, words: BodyWords = bodyWordsFor(undefined)): string | null {
  const source = readDiagramSource(text)
  const hash = diagramHash(text)
  // Kept by text and by the language of the title it was given; its ids keep the text's hash.
  const key = words.diagram === bodyWordsFor(undefined).diagram ? hash : diagramHash(`${words.diagram}\n${text}`)
  if (memory.has(key)) return memory.get(key) ?? null
  const file = path.join(diagramCacheDir(), `${key}.svg`)
  let svg: string | null = null
  if (existsSync(file)) {
    svg = readFileSync(file, 'utf8')
  } else {
    try {
      svg = finishSvg(
        renderMermaidSVG(source.code, { bg: 'var(--bg)', fg: 'var(--fg)', transparent: true }),
        source,
        hash,
        words,
      )
    } catch {
      svg = null
    }
    if (svg !== null) {
      try {
        mkdirSync(diagramCacheDir(), { recursive: true })
        const temporary = `${file}.${process.pid}.tmp`
        writeFileSync(temporary, svg)
        renameSync(temporary, file)
      } catch {
        // A cache that cannot be written only costs time.
      }
    }
  }
  memory.set(key, svg)
  return svg
}

/** Keeps only the SVG elements and attributes the renderer writes, and same-document links. */
function cleanSvg(nodes: ElementContent[]): ElementContent[] {
  const root: Root = { type: 'root', children: nodes }
  visit(root, 'element', (node: Element, index, parent) => {
    if (!SVG_ELEMENTS.has(node.tagName) && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    for (const name of Object.keys(node.properties)) {
      const value = String(node.properties[name])
      if (/^on/i.test(name) || (/href$/i.test(name) && !value.startsWith('#')) || name === 'style')
        delete node.properties[name]
    }
    return undefined
  })
  return root.children as ElementContent[]
}

function isMermaidBlock(node: Element): boolean {
  const code = node.children[0]
  if (node.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return false
  const classes = code.properties.className
  return Array.isArray(classes) && classes.includes('language-mermaid')
}

/**
 * The rehype step: `<pre><code class="language-mermaid">` becomes `<figure class="diagram"><svg …>`.
 * The figure is the box a wide diagram scrolls in: it takes the keyboard's focus (arrow keys
 * scroll it) and is named by the diagram's title.
 */
export function rehypeDiagrams(words: BodyWords = bodyWordsFor(undefined)) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isMermaidBlock(node) || parent === undefined || index === undefined) return undefined
      const svg = renderDiagram(toText(node, { whitespace: 'pre' }).replace(/\n$/, ''), words)
      if (svg === null) return SKIP
      const fragment = fromHtml(svg, { fragment: true })
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {
          className: ['diagram'],
          tabIndex: 0,
          ariaLabelledBy: /\saria-labelledby="([^"]+)"/.exec(svg)?.[1] ?? null,
        },
        children: cleanSvg(fragment.children as ElementContent[]),
      }
      parent.children.splice(index, 1, figure)
      return SKIP
    })
  }
}
