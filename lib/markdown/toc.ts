import { Parser } from 'htmlparser2'

/** A body heading as the table of contents shows it; `id` is the one rehype-slug gave it. */
export interface TocHeading {
  id: string
  text: string
  level: 2 | 3
}

export interface TocSection extends TocHeading {
  children: TocHeading[]
}

/** Below this many headings a post is short enough to read without a table of contents. */
export const TOC_MIN_HEADINGS = 3

const ANCHOR_CLASS = 'heading-anchor'

/** The `<h2>` and `<h3>` of a rendered post body, in order, without their `#` anchor links. */
export function extractHeadings(html: string): TocHeading[] {
  const headings: TocHeading[] = []
  let current: { id: string; level: 2 | 3; text: string } | null = null
  let anchorDepth = 0
  const parser = new Parser({
    onopentag(name, attributes) {
      if (current === null) {
        if ((name === 'h2' || name === 'h3') && attributes.id)
          current = { id: attributes.id, level: name === 'h2' ? 2 : 3, text: '' }
        return
      }
      if (anchorDepth > 0 || (name === 'a' && (attributes.class ?? '').split(/\s+/).includes(ANCHOR_CLASS)))
        anchorDepth += 1
    },
    ontext(text) {
      if (current !== null && anchorDepth === 0) current.text += text
    },
    onclosetag(name) {
      if (current === null) return
      if (anchorDepth > 0) {
        anchorDepth -= 1
        return
      }
      if (name === `h${current.level}`) {
        const text = current.text.replace(/\s+/g, ' ').trim()
        if (text !== '') headings.push({ id: current.id, text, level: current.level })
        current = null
      }
    },
  })
  parser.end(html)
  return headings
}

/** Whether a post has enough headings to deserve a table of contents. */
export function hasToc(headings: readonly TocHeading[]): boolean {
  return headings.length >= TOC_MIN_HEADINGS
}

/** `<h3>`s grouped under the `<h2>` before them; an `<h3>` before any `<h2>` stands on its own. */
export function nestHeadings(headings: readonly TocHeading[]): TocSection[] {
  const sections: TocSection[] = []
  for (const heading of headings) {
    const parent = sections.at(-1)
    if (heading.level === 3 && parent?.level === 2) parent.children.push(heading)
    else sections.push({ ...heading, children: [] })
  }
  return sections
}
