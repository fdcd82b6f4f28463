import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/** Elements a `<p>` may hold (HTML's phrasing content); anything else makes the browser close the paragraph early. */
const PHRASING = new Set([
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'br',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'embed',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'map',
  'mark',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'picture',
  'progress',
  'q',
  'ruby',
  's',
  'samp',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'svg',
  'textarea',
  'time',
  'u',
  'var',
  'video',
  'wbr',
])
/** What rehype-sanitize puts before author-written ids (its default); alone, it names nothing. */
const CLOBBER_PREFIX = 'user-content-'
const MEDIA_PARENTS = new Set(['audio', 'video', 'picture'])

/**
 * Mends what the sanitiser leaves valid for a browser but not for HTML's content rules, found by
 * html-validate on old and hostile posts (npm run test:outputs):
 * - an `<img>` whose `src` was removed (a `javascript:` URL) or never given shows nothing: dropped;
 * - a `<source>` or `<track>` whose `<video>` was removed means nothing: dropped;
 * - `<center>` (old Jekyll posts) becomes `<div align="center">`, which every browser centres too;
 * - a `<p>` holding a table, list or other block becomes a `<div>`, so the page's tree is what was
 *   written instead of a paragraph closed early and a stray `</p>`;
 * - an empty `id` (a heading holding only an image has no text to name it, or raw HTML wrote
 *   `id=""`, which the sanitiser turns into its bare prefix) is removed: an id must name something.
 */
export function rehypeValidHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const dropped =
        (node.tagName === 'img' && !node.properties.src) ||
        ((node.tagName === 'source' || node.tagName === 'track') &&
          !(parent?.type === 'element' && MEDIA_PARENTS.has(parent.tagName)))
      if (dropped && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.properties.id === '' || node.properties.id === CLOBBER_PREFIX) delete node.properties.id
      if (node.tagName === 'center') {
        node.tagName = 'div'
        node.properties = { ...node.properties, align: 'center' }
      }
      if (
        node.tagName === 'p' &&
        node.children.some((child) => child.type === 'element' && !PHRASING.has(child.tagName))
      )
        node.tagName = 'div'
      return undefined
    })
  }
}
