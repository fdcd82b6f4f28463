import type { Element, ElementContent, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'

/** A figure's number alone ("그림 1.", "[Figure 2]"), which says nothing of what the picture shows. */
const FIGURE_LABEL =
  /^[[(<]?\s*(그림|사진|도표|표|이미지|figure|fig\.?|image|img|photo|picture)\s*\d+(\s*-\s*\d+)?\s*[\])>]?\s*[.:：)\-–—]?\s*/i

/** A line that credits the picture rather than describing it. */
const CREDIT = /^(출처|이미지\s*출처|사진\s*출처|자료|참고|source|credit|via|ref(erence)?)\s*[:：)]/i

/** Text that is an address or a file name: read aloud, it is noise. */
const ADDRESS = /^(https?:\/\/|www\.)\S*$|^\S+\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i

/**
 * What a caption or title says about a picture, as its text alternative: spaces tidied and the
 * figure's number dropped ("그림 1. 배포 파이프라인" -> "배포 파이프라인"). Null when nothing useful
 * is left: only a number, a credit ("출처: ..."), an address or a file name.
 */
export function describeFromCaption(caption: string): string | null {
  const text = caption.replace(/\s+/g, ' ').trim()
  if (text === '' || CREDIT.test(text) || ADDRESS.test(text)) return null
  const described = text.replace(FIGURE_LABEL, '').trim()
  if (described === '' || ADDRESS.test(described) || !/[\p{L}\p{N}]/u.test(described)) return null
  return described
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

function isElement(node: ElementContent | Root | undefined, tagName: string): node is Element {
  return node?.type === 'element' && node.tagName === tagName
}

/** The children that show something: no whitespace between tags, no line breaks. */
function shown(parent: Element): ElementContent[] {
  return parent.children.filter((child) => !isBlank(child) && !isElement(child, 'br'))
}

/** `<em>` alone, as Jekyll posts set captions: `*그림 1. 설명*` on the line under a picture. */
function emphasisCaption(nodes: readonly ElementContent[]): string | null {
  const [only] = nodes
  return nodes.length === 1 && only !== undefined && isElement(only, 'em') ? toText(only) : null
}

/** The element after `index` among `siblings`, past whitespace, or undefined. */
function nextShown(
  siblings: readonly (ElementContent | Root['children'][number])[],
  index: number,
): Element | undefined {
  for (let at = index + 1; at < siblings.length; at += 1) {
    const sibling = siblings[at]!
    if (sibling.type === 'text' && sibling.value.trim() === '') continue
    return sibling.type === 'element' ? sibling : undefined
  }
  return undefined
}

/** The caption a picture without alt text has, or null: its figure's, its title, or the emphasised line under it. */
function captionOf(image: Element, parent: Element | Root, next: Element | undefined): string | null {
  if (isElement(parent, 'figure')) {
    const caption = parent.children.find((child): child is Element => isElement(child, 'figcaption'))
    if (caption) return toText(caption)
  }
  const title = image.properties.title
  if (typeof title === 'string' && title.trim() !== '') return title
  if (!isElement(parent, 'p')) return null
  const content = shown(parent)
  if (content[0] !== image) return null
  // `![](a.png)` and `*caption*` on the next line: one paragraph.
  if (content.length > 1) return emphasisCaption(content.slice(1))
  // `![](a.png)`, a blank line, then `*caption*`: the paragraph after the picture's.
  return next && isElement(next, 'p') ? emphasisCaption(shown(next)) : null
}

/**
 * Pictures written without alt text (`![](a.png)`, as imported Jekyll posts have many) take one
 * from their caption where the post gives one: the figure's caption (a Markdown title becomes
 * one), the picture's `title`, or a line set in emphasis right under it. A file name or a bare
 * figure number is no description and is not used; such a picture keeps its empty alt, and
 * `npm run check` asks the author for one.
 */
export function rehypeImageAlt() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || node.tagName === 'img') return
      const missing = node.children.filter(
        (child): child is Element =>
          isElement(child, 'img') && !(typeof child.properties.alt === 'string' && child.properties.alt.trim() !== ''),
      )
      if (missing.length === 0) return
      // Found only where a picture needs it: a code block's thousands of spans never look ahead.
      const next = nextShown(parent.children, index)
      for (const image of missing) {
        const caption = captionOf(image, node, next)
        const described = caption === null ? null : describeFromCaption(caption)
        if (described !== null) image.properties.alt = described
      }
    })
  }
}
