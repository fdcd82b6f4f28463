import { Parser } from 'htmlparser2'
import type { Nodes, Root } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { sanitizeSchema } from './sanitize-schema'

/**
 * The body of a post's Markdown twin (`/<slug>/index.md`): the author's Markdown as written, except
 * where the page's sanitiser would refuse something. A twin is published as it is, so an HTML comment
 * holding an internal note, a `<script>`, a `<style>` or a `javascript:` link that the page and the
 * feeds drop must not reach readers through it. Each top-level block that holds raw HTML or a link
 * with a refused address (and, when its HTML leaves an element open, the blocks up to the one that
 * closes it) is replaced by what the page shows for it: the same sanitiser's HTML, which Markdown
 * readers take as it is. Everything else stays the author's Markdown.
 */
export function twinBody(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(markdown) as Root
  const blocks = tree.children
  let out = ''
  let copiedTo = 0
  /** Copies the author's text up to `end`, with text that only looks like a tag escaped. */
  const copyTo = (end: number, from: number) => {
    let at = copiedTo
    for (const [start, stop] of textSpans(blocks, from, end)) {
      out += markdown.slice(at, start) + markdown.slice(start, stop).replace(TAG_LIKE, '\\<')
      at = stop
    }
    out += markdown.slice(at, end)
    copiedTo = end
  }
  let plainFrom = 0
  for (let i = 0; i < blocks.length; i++) {
    if (!needsSanitising(blocks[i]!)) continue
    // The region: this block, and the blocks up to where the elements its HTML opened are closed
    // (`<template>`, a blank line, text, a blank line, `</template>`).
    let html = rawHtml(blocks[i]!)
    let last = i
    while (openElements(html) > 0 && last + 1 < blocks.length) {
      last += 1
      html += rawHtml(blocks[last]!)
    }
    const start = blocks[i]!.position?.start.offset
    const end = blocks[last]!.position?.end.offset
    if (start === undefined || end === undefined) continue
    copyTo(start, plainFrom)
    // The sanitised HTML is an HTML block, which only a blank line ends: a list or a paragraph right
    // after it (a list may follow a paragraph with no blank line) would be read into it otherwise.
    out += `${sanitisedHtml(markdown.slice(start, end))}\n`
    copiedTo = end
    i = last
    plainFrom = last + 1
  }
  copyTo(markdown.length, plainFrom)
  // A removed block leaves its blank lines behind: no more than one blank line in a row.
  return out.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
}

/**
 * A `<` that starts what looks like a tag but that CommonMark read as text (`<IMG SRC=x:alert('a')>`,
 * an attribute it cannot parse): the page shows it as text, and so must a reader with a looser
 * Markdown parser. Not after a backslash, which already escapes it.
 */
const TAG_LIKE = /(?<!\\)<(?=[A-Za-z/!?])/g

/** Source spans of the text nodes in blocks `from`.. that lie before `end`, in order. */
function textSpans(blocks: readonly Nodes[], from: number, end: number): [number, number][] {
  const spans: [number, number][] = []
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const stop = node.position?.end.offset
      if (start !== undefined && stop !== undefined && stop <= end) spans.push([start, stop])
    } else if ('children' in node) (node.children as Nodes[]).forEach(walk)
  }
  for (let i = from; i < blocks.length; i++) {
    const start = blocks[i]!.position?.start.offset
    if (start === undefined || start >= end) break
    walk(blocks[i]!)
  }
  return spans
}

/** Address schemes the page's sanitiser keeps on links and images (GitHub's); others are removed. */
function refusedUrl(node: Nodes): boolean {
  if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return false
  const url = node.url.replace(/[\u0000-\u0020]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined) return false
  const allowed = (node.type === 'image' ? sanitizeSchema.protocols?.src : sanitizeSchema.protocols?.href) ?? [
    'http',
    'https',
  ]
  return !allowed.includes(scheme)
}

function needsSanitising(node: Nodes): boolean {
  if (node.type === 'html' || refusedUrl(node)) return true
  return 'children' in node && (node.children as Nodes[]).some(needsSanitising)
}

/** The raw HTML of a block and everything inside it, in order. */
function rawHtml(node: Nodes): string {
  if (node.type === 'html') return node.value
  return 'children' in node ? (node.children as Nodes[]).map(rawHtml).join('') : ''
}

/** How many elements a piece of HTML leaves open (a closing tag without its opening one counts for nothing). */
function openElements(html: string): number {
  if (html === '') return 0
  let depth = 0
  const parser = new Parser({
    onopentag: () => {
      depth += 1
    },
    // Void elements (`<br>`) and elements another tag ends (`<p>` before `<div>`) close at once;
    // what is still open at the end is counted by not calling end().
    onclosetag: () => {
      depth -= 1
    },
  })
  parser.write(html)
  return depth
}

/** A Markdown fragment as the page shows it: through the page's own sanitiser. */
function sanitisedHtml(fragment: string): string {
  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .processSync(fragment),
  ).trim()
  // Inside an HTML block a blank line would end it and let the rest read as Markdown again.
  return html.replace(/\n[ \t]*\n/g, '\n')
}
