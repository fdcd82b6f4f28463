import type { Definition, Image, Link, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { resolveBundleReference, type PostBundle } from '../schema/bundles'

/** Where the address starts in a link's or image's source: after `](` (or `]:` for a definition), spaces and `<`. */
const INLINE_ADDRESS = /\]\([ \t]*(?:\n[ \t]*)?<?/g
const DEFINITION_ADDRESS = /^\[[^\]]*\]:[ \t]*(?:\n[ \t]*)?<?/

/**
 * A folder post's Markdown with each relative address of its own files (`![](./shot.png)`,
 * `[슬라이드](slides.pdf)`, `[id]: ./a.png`) replaced by the published one (`/<slug>/shot.png`), the
 * same rewrite the render does (lib/markdown/rehype-bundle.ts), for the text published as it is: the
 * Markdown twin, which then makes site paths absolute. Everything else stays byte for byte.
 */
export function rewriteBundleSource(markdown: string, bundle: PostBundle | null): string {
  if (bundle === null) return markdown
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const edits: { start: number; end: number; text: string }[] = []
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') return
    const { url, position } = node as Image | Link | Definition
    const found = resolveBundleReference(url, bundle)
    const start = position?.start.offset
    const end = position?.end.offset
    if (found?.kind !== 'file' || start === undefined || end === undefined) return
    const source = markdown.slice(start, end)
    let at: number
    if (node.type === 'definition') {
      const match = DEFINITION_ADDRESS.exec(source)
      if (match === null) return
      at = match[0].length
    } else {
      // The last `](` of the node is its own: an image inside a link's text comes before it.
      const matches = [...source.matchAll(INLINE_ADDRESS)]
      const last = matches[matches.length - 1]
      if (last?.index === undefined) return
      at = last.index + last[0].length
    }
    const written = /^[^\s)>]+/.exec(source.slice(at))?.[0]
    if (written === undefined) return
    edits.push({ start: start + at, end: start + at + written.length, text: found.url })
  })
  let text = markdown
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  return text
}
