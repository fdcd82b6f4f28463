import type { Image, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

export interface BodyImage {
  src: string
  alt: string | null
  /** 1-based line within the body. */
  line: number
}

const HTML_IMG = /<img\b[^>]*>/gi
const HTML_ATTR = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')

function htmlAttribute(tag: string, name: string): string | null {
  const match = HTML_ATTR(name).exec(tag)
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : null
}

/** Every image of a Markdown body, `![alt](src)` and raw `<img>`, with its line. */
export function findBodyImages(body: string): BodyImage[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root
  const images: BodyImage[] = []
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1
    if (node.type === 'image') {
      const image = node as Image
      images.push({ src: image.url, alt: image.alt ?? null, line })
    } else if (node.type === 'html') {
      for (const tag of node.value.match(HTML_IMG) ?? []) {
        images.push({ src: htmlAttribute(tag, 'src') ?? '', alt: htmlAttribute(tag, 'alt'), line })
      }
    }
  })
  return images
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
