import { bodyWordsFor, type BodyWords } from './body-words'
import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Pictures wider than the text column (whose width the build read from the file) become links
 * to themselves: without JavaScript a click opens the picture at full size, and with it
 * components/enhance/image-zoom.ts shows it in a `<dialog>` over the page instead.
 */
export const ZOOM_CLASS = 'image-zoom'

/** Wider than this many pixels, a picture is drawn smaller than it is (the column is 44rem, 704 px). */
export const ZOOM_MIN_WIDTH = 720

export function rehypeImageZoom(words: Pick<BodyWords, 'zoom' | 'zoomNoAlt'> = bodyWordsFor(undefined)) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a') return SKIP
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return undefined
      const src = node.properties.src
      const width = Number(node.properties.width)
      if (typeof src !== 'string' || src === '' || !(width >= ZOOM_MIN_WIDTH)) return undefined
      // The link's name says where it goes; the picture's alt text stays its description.
      const label =
        typeof node.properties.alt === 'string' && node.properties.alt.trim() !== ''
          ? words.zoom(node.properties.alt.trim())
          : words.zoomNoAlt
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: src, className: [ZOOM_CLASS], ariaLabel: label, title: label },
        children: [node],
      }
      parent.children[index] = link
      return SKIP
    })
  }
}
