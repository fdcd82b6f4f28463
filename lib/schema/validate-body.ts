import { bodyOutline } from './body-tree'

export interface BodyImage {
  src: string
  alt: string | null
  /** 1-based line within the body. */
  line: number
  /** Written as an HTML `<img>` rather than `![alt](src)`. */
  html?: true
}

const HTML_IMG = /<img\b[^>]*>/gi
const HTML_ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')

function htmlAttribute(tag: string, name: string): string | null {
  const match = HTML_ATTR(name).exec(tag)
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : null
}

/** Every image of a Markdown body, `![alt](src)` and raw `<img>`, with its line. */
export function findBodyImages(body: string): BodyImage[] {
  const { images, html } = bodyOutline(body)
  const raw = html.flatMap(({ value, line }) =>
    (value.match(HTML_IMG) ?? []).map((tag) => ({
      src: htmlAttribute(tag, 'src') ?? '',
      alt: htmlAttribute(tag, 'alt'),
      line,
      html: true as const,
    })),
  )
  // In the order they appear, as a reader meets them.
  return [...images.map((image) => ({ ...image })), ...raw].sort((a, b) => a.line - b.line)
}

/** Whether an image address points into this site (and so must exist in public/). */
export function isLocalImage(src: string): boolean {
  return src !== '' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)
}

/** A list item or quote marker that nests what follows it on the line (read with lastIndex, `y`). */
const NESTING_STEP = /[ \t]*(?:[-*+>]|\d{1,9}[.)])(?:[ \t]+|$)/y

/**
 * The 1-based line of a body that nests deepest (`- - - … a`, `> > > …`, or deep indentation),
 * and how deep, so a message about nesting can point at it. Line 1, depth 0 when nothing nests.
 */
export function deepestNesting(body: string): { line: number; depth: number } {
  let deepest = { line: 1, depth: 0 }
  body.split('\n').forEach((text, index) => {
    let depth = Math.floor((/^[ \t]*/.exec(text)?.[0].length ?? 0) / 2)
    NESTING_STEP.lastIndex = 0
    while (NESTING_STEP.lastIndex < text.length && NESTING_STEP.test(text)) depth += 1
    if (depth > deepest.depth) deepest = { line: index + 1, depth }
  })
  return deepest
}
