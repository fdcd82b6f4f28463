import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

export interface SiteLinkOptions {
  /** Origins (and optional path prefixes) that mean "this blog", e.g. the old Jekyll site. */
  ownOrigins: readonly string[]
}

/**
 * Turns an absolute link to this blog (`https://old-blog.example.com/kubecon-2`) into a
 * site-internal path (`/kubecon-2/`). A last segment without a file extension gets the trailing
 * slash the exported pages use, so the link checker and static hosts agree on it.
 */
export function toInternalPath(href: string, ownOrigins: readonly string[]): string | null {
  for (const origin of ownOrigins) {
    const base = origin.replace(/\/+$/, '')
    if (href !== base && !href.startsWith(`${base}/`) && !href.startsWith(`${base}#`) && !href.startsWith(`${base}?`)) {
      continue
    }
    const rest = href.slice(base.length)
    const match = /^([^?#]*)([?#].*)?$/.exec(rest)
    let path = match?.[1] ?? ''
    const suffix = match?.[2] ?? ''
    if (path === '') path = '/'
    const lastSegment = path.slice(path.lastIndexOf('/') + 1)
    if (!path.endsWith('/') && !lastSegment.includes('.')) path = `${path}/`
    return `${path}${suffix}`
  }
  return null
}

/** The prefix rehype-sanitize puts before ids written by authors (GitHub does the same). */
export const CLOBBER_PREFIX = 'user-content-'

function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href)
}

/** Markdown links arrive percent-encoded (`#%ED%95%9C`), raw HTML ones as written (`#한`). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/**
 * The blog's finishing touches on rendered Markdown: links to the blog itself become internal,
 * external links get `rel="noopener noreferrer"`, images load lazily, and code blocks carry their
 * language for the label.
 */
export function rehypeSiteLinks(options: SiteLinkOptions) {
  return (tree: Root) => {
    // Fragments can target an id or, as old posts do, `<a name>`; both get the sanitiser's prefix.
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
      if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name)
    })
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        // The sanitiser prefixes author-written ids (footnotes, <a name>) against DOM clobbering;
        // in-page links to them follow, so no #fragment is left pointing at nothing.
        const fragment = node.properties.href.startsWith('#') ? decodeFragment(node.properties.href.slice(1)) : null
        if (fragment !== null && !ids.has(fragment) && ids.has(`${CLOBBER_PREFIX}${fragment}`)) {
          node.properties.href = `#${CLOBBER_PREFIX}${fragment}`
        }
        const internal = toInternalPath(node.properties.href, options.ownOrigins)
        if (internal !== null) node.properties.href = internal
        else if (isExternal(node.properties.href)) node.properties.rel = ['noopener', 'noreferrer']
      }
      if (node.tagName === 'img') {
        if (typeof node.properties.src === 'string') {
          const internal = toInternalPath(node.properties.src, options.ownOrigins)
          if (internal !== null) node.properties.src = internal.replace(/\/$/, '')
        }
        node.properties.loading = 'lazy'
        node.properties.decoding = 'async'
        if (node.properties.alt === undefined) node.properties.alt = ''
      }
      if (node.tagName === 'code' && parent && parent.type === 'element' && parent.tagName === 'pre') {
        const classes = Array.isArray(node.properties.className) ? node.properties.className : []
        const language = classes
          .map(String)
          .find((name) => name.startsWith('language-'))
          ?.slice('language-'.length)
        if (language) parent.properties.dataLanguage = language
      }
    })
  }
}

const HEADING = /^h([1-6])$/

/**
 * The page title is the only `<h1>`, and a body's headings descend one level at a time below it,
 * as screen readers' outlines and html-validate's heading-level rule want. Authors write levels for
 * their looks: Jekyll posts start sections at `#`, jump from `##` to `####`, or open with `###`.
 * Each heading is placed one level under the nearest earlier heading written at a higher level
 * (`<h2>` when there is none), and headings written at the same level stay siblings. A body that
 * already descends from `##` one step at a time is unchanged; ids stay, so in-page links work.
 */
export function rehypeHeadingOutline() {
  return (tree: Root) => {
    const open: { written: number; placed: number }[] = []
    visit(tree, 'element', (node: Element) => {
      const written = Number(HEADING.exec(node.tagName)?.[1] ?? 0)
      if (written === 0) return
      while ((open.at(-1)?.written ?? 0) >= written) open.pop()
      const placed = Math.min(6, (open.at(-1)?.placed ?? 1) + 1)
      open.push({ written, placed })
      node.tagName = `h${placed}`
    })
  }
}

function isBlank(node: Element['children'][number]): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

/**
 * `![alt](src "caption")` alone in its paragraph becomes `<figure>` with the title as its
 * `<figcaption>`. The title leaves the image, so screen readers do not read the caption twice.
 */
export function rehypeFigures() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return
      const content = node.children.filter((child) => !isBlank(child))
      const image = content[0]
      if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return
      const title = image.properties.title
      if (typeof title !== 'string' || title.trim() === '') return
      delete image.properties.title
      node.tagName = 'figure'
      node.children = [
        image,
        { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title.trim() }] },
      ]
    })
  }
}

/**
 * Each code block gets a frame with a bar above it: the language label (server-rendered, so
 * feeds and readers without JavaScript see it) and the place where the copy button goes.
 * The `<pre>` keeps its own horizontal scroll, so long lines never widen the page, and takes
 * keyboard focus so that scroll works without a mouse.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return
      const language = typeof node.properties.dataLanguage === 'string' ? node.properties.dataLanguage : null
      const label: Element[] = language
        ? [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['code-block__language'] },
              children: [{ type: 'text', value: language }],
            },
          ]
        : []
      const bar: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block__bar'] },
        children: label,
      }
      // A block that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1).
      node.properties.tabIndex = 0
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [bar, node],
      }
    })
  }
}
