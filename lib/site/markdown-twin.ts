import { Document, visit } from 'yaml'
import { twinBody } from '../markdown/twin-body'

/**
 * A post's Markdown twin: the text as its author wrote it, for tools, agents and readers who want
 * Markdown rather than a page. Written at `<post>/index.md` (static hosts send `.md` as
 * text/markdown), announced by the page's `<link rel="alternate" type="text/markdown">`, listed by
 * /llms.txt. Its front matter keeps only what identifies the post; the site's own links become
 * absolute, since the text is read away from the site.
 */
export const TWIN_FILE = 'index.md'

/** Site path of a post's twin: `/slug/` -> `/slug/index.md`. */
export function twinPath(postUrl: string): string {
  return `${postUrl}${TWIN_FILE}`
}

export interface TwinInput {
  title: string
  /** ISO date-time. */
  publishedAt: string
  authors: readonly string[]
  tags: readonly string[]
  /** Absolute URL of the post's page. */
  canonical: string
  /** The Markdown body, without front matter. */
  body: string
  /** Absolute URL of the site's root, base path included, without the final slash. */
  siteRoot: string
}

/**
 * Site-absolute links and images (`](/assets/a.png)`, `src="/assets/a.png"`, `SRC=/a.png`) made absolute. Code
 * is left alone: a path in a code block is an example, not a link.
 */
export function absolutizeLinks(markdown: string, siteRoot: string): string {
  const parts = markdown.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[ \t]*$|`[^`\n]+`)/m)
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part
      // `\<img src="/a.png">` is text on the page, an example of HTML, not an address.
      return part
        .split(/(\\<[^>\n]*>)/)
        .map((piece, at) => (at % 2 === 1 ? piece : absolutizeText(piece, siteRoot)))
        .join('')
    })
    .join('')
}

/** The replacements of absolutizeLinks on text outside code. */
function absolutizeText(part: string, siteRoot: string): string {
  return (
    part
      // CommonMark lets the address stand after spaces or a line break, and inside <...>:
      // `]( /a.png)` (as an imported Jekyll post wrote it) is the same link as `](/a.png)`.
      .replace(
        /(\]\([ \t]*(?:\n[ \t]*)?<?)(\/(?!\/)[^)\s>]*)/g,
        (_all, open: string, path: string) => `${open}${siteRoot}${path}`,
      )
      .replace(
        /(\s(?:src|href)=["'])(\/(?!\/)[^"']*)/gi,
        (_all, open: string, path: string) => `${open}${siteRoot}${path}`,
      )
      // Unquoted, as old and hostile HTML writes it (`<IMG SRC=/a.png>`).
      .replace(
        /(\s(?:src|href)=)(\/(?!\/)[^\s"'`=<>]*)/gi,
        (_all, open: string, path: string) => `${open}${siteRoot}${path}`,
      )
      .replace(
        /^(\[[^\]\n]+\]:[ \t]*)(\/(?!\/)\S*)/gm,
        (_all, open: string, path: string) => `${open}${siteRoot}${path}`,
      )
  )
}

export function markdownTwin(input: TwinInput): string {
  const frontMatter: Record<string, unknown> = { title: input.title, date: input.publishedAt }
  if (input.authors.length > 0) frontMatter.authors = [...input.authors]
  if (input.tags.length > 0) frontMatter.tags = [...input.tags]
  frontMatter.canonical_url = input.canonical
  // What the page's sanitiser refused (comments, scripts, javascript: links) is not published here either.
  const body = absolutizeLinks(twinBody(input.body.replace(/^\s*\n/, '')), input.siteRoot).trimEnd()
  // The title is text on the page: here too, where a reader that ignores front matter reads it as
  // Markdown. A value with `<` or `>` is double-quoted, so that they can be written as escapes.
  const doc = new Document(frontMatter)
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /[<>]/.test(node.value)) node.type = 'QUOTE_DOUBLE'
    },
  })
  const yaml = doc.toString({ lineWidth: 0 })
  return `---\n${yaml.replace(/</g, '\\x3C').replace(/>/g, '\\x3E')}---\n\n# ${markdownText(input.title)}\n\n${body}\n`
}

/** Text that Markdown shows as it is: no markup, no HTML, no entity. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~]/g, (char) => `\\${char}`)
}
