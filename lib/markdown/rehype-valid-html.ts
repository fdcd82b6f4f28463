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
/** Picture widths as a share of the column, in steps of 5 % (`width-40`): HTML's width attribute takes pixels only. */
export const WIDTH_CLASSES = Array.from({ length: 20 }, (_, index) => `width-${(index + 1) * 5}`)

/** The width class nearest to a percentage (`40` -> `width-40`, `37` -> `width-35`). */
export function percentWidthClass(percent: number): string {
  return `width-${Math.min(100, Math.max(5, Math.round(percent / 5) * 5))}`
}

/**
 * `<img width="30%">` and `<img width="750px">`, as old raw HTML wrote them: the attribute takes
 * a number of pixels only, so a share becomes the nearest width class (the attribute goes) and
 * `px` is dropped. Runs before rehypeImageSize, which then
 * gives the picture its own size, so the page does not jump when it loads.
 */
export function rehypePercentWidths() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      // `width="750px"`: the attribute's unit is the pixel, written without it.
      for (const key of ['width', 'height'] as const) {
        const pixels = /^\s*(\d+)\s*px\s*$/i.exec(String(node.properties[key] ?? ''))
        if (pixels) node.properties[key] = Number(pixels[1])
      }
      const share = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(String(node.properties.width ?? ''))
      if (!share) return
      delete node.properties.width
      if (/%/.test(String(node.properties.height ?? ''))) delete node.properties.height
      const classes = Array.isArray(node.properties.className) ? node.properties.className : []
      node.properties.className = [...classes, percentWidthClass(Number(share[1]))]
    })
  }
}

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
