import type { KramdownIdRule } from './heading-ids'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { toEmbedSource } from '../../lib/markdown/embeds'
import { sanitizeSchema } from '../../lib/markdown/pipeline'
import { toInternalPath } from '../../lib/markdown/rehype-site'
import type { LinkContext } from './links'

export interface Located {
  line: number
}

export interface MarkdownScan {
  /** Addresses of links, images, link definitions, and `src`/`href`/`poster` in raw HTML. */
  references: (Located & { url: string })[]
  /** Raw HTML elements the rendering pipeline's sanitiser removes (`<iframe>`, `<form>` ...) or alters (`<input>`). */
  removedTags: (Located & { tag: string })[]
  /** The language of each fenced code block that names one. */
  codeLanguages: (Located & { language: string })[]
  /** kramdown-only syntax (`{:target="_blank"}`, `{:toc}`), which this blog's Markdown shows as text. */
  kramdown: (Located & { text: string })[]
}

const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/g
/** Allowed by the sanitiser only as a task list's disabled checkbox: any other input turns into one. */
const ALTERED_TAGS = new Set(['input'])
const KRAMDOWN = /\{::?[^}\n]*\}/g
const HTML_URL = /\s(?:src|href|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

function linesBefore(text: string, index: number): number {
  let count = 0
  for (let i = 0; i < index; i += 1) if (text[i] === '\n') count += 1
  return count
}

/** An `<iframe>` (the text from its start) that the renderer keeps: a player from lib/markdown/embeds.ts. */
function isAllowedEmbed(fromTag: string): boolean {
  const tag = fromTag.slice(0, fromTag.indexOf('>') + 1 || undefined)
  const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag)
  return src !== null && toEmbedSource(src[1] ?? src[2] ?? src[3] ?? '') !== null
}

/**
 * What a Markdown file refers to and what of it would not survive rendering, with file lines
 * (front matter included). Code blocks and inline code are skipped, as the renderer skips them.
 */
export function scanMarkdown(markdown: string): MarkdownScan {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root
  const allowedTags = new Set((sanitizeSchema.tagNames ?? []).map((tag) => tag.toLowerCase()))
  const scan: MarkdownScan = { references: [], removedTags: [], codeLanguages: [], kramdown: [] }
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      scan.references.push({ url: node.url, line })
    } else if (node.type === 'text') {
      for (const match of node.value.matchAll(KRAMDOWN))
        scan.kramdown.push({ text: match[0], line: line + linesBefore(node.value, match.index) })
    } else if (node.type === 'code' && node.lang) {
      scan.codeLanguages.push({ language: node.lang, line })
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_TAG)) {
        const tag = (match[1] ?? '').toLowerCase()
        const removed =
          !allowedTags.has(tag) ||
          ALTERED_TAGS.has(tag) ||
          (tag === 'iframe' && !isAllowedEmbed(node.value.slice(match.index)))
        if (removed) scan.removedTags.push({ tag, line: line + linesBefore(node.value, match.index) })
      }
      for (const match of node.value.matchAll(HTML_URL)) {
        const url = match[1] ?? match[2] ?? match[3] ?? ''
        scan.references.push({ url, line: line + linesBefore(node.value, match.index) })
      }
    }
  })
  scan.references.sort((a, b) => a.line - b.line)
  return scan
}

/** What the old site had at each address, for checking where references lead. */
export interface SiteIndex {
  /** Origins (with base path) of the old site: absolute links there point into the blog. */
  origins: readonly string[]
  /** Old post URLs (`/kubecon-2/`, decoded) and whether the post is a draft. */
  posts: ReadonlyMap<string, { draft: boolean }>
  /** Old and new page URLs (`/contact.html`, `/contact/`). */
  pages: ReadonlySet<string>
  /**
   * Pages Jekyll wrote that the import does not bring over (a template made of Liquid loops, a page
   * whose address another took): decoded old URL -> the source file, for the report.
   */
  unimported?: ReadonlyMap<string, string>
  /** Files of the old site the import does not copy because the blog refuses them (an SVG with a script). */
  refused?: ReadonlySet<string>
  /** How the old site's kramdown named headings, to keep those ids on imported headings (tools/jekyll/heading-ids.ts). */
  kramdownIds?: KramdownIdRule | null
  /** Addresses the blog answers itself: `/`, the feed, the old list pages. */
  routes: ReadonlySet<string>
  /** Whether the old site has a plain file (an asset) at this decoded path, e.g. `/assets/a.png`. */
  hasFile(path: string): boolean
  /** The site paths of the files with this name, in any folder (`a.jpg` -> `/images/a.jpg`). */
  filesNamed?(name: string): string[]
  /** Pixel size of a picture of the old site, when it can be read. */
  imageSize?(path: string): { width: number; height: number } | null
  /** Each Markdown document's text after Jekyll's Liquid, by source path (tools/jekyll/liquid-output.ts). */
  liquidOutput?: ReadonlyMap<string, string>
  /** When given, converted documents' links are pointed at the imported blog (tools/jekyll/links.ts). */
  links?: Omit<LinkContext, 'site'>
}

export type ReferenceTarget =
  | { kind: 'elsewhere' }
  | { kind: 'post'; path: string; draft: boolean; viaOrigin: boolean }
  | { kind: 'page' | 'route'; path: string; viaOrigin: boolean }
  | { kind: 'asset'; path: string; viaOrigin: boolean }
  | { kind: 'missing'; path: string; viaOrigin: boolean }

function decodePath(path: string): string {
  try {
    return decodeURI(path).normalize('NFC')
  } catch {
    return path.normalize('NFC')
  }
}

/**
 * Where a reference leads on the old site: another site (or a relative or in-page address, which
 * the import does not change), a post, a page, a blog route, an asset, or nothing at all.
 */
export function resolveReference(url: string, site: SiteIndex): ReferenceTarget {
  const trimmed = url.trim()
  const internal = toInternalPath(trimmed, site.origins)
  const viaOrigin = internal !== null
  const raw = internal ?? (trimmed.startsWith('/') && !trimmed.startsWith('//') ? trimmed : null)
  if (raw === null) return { kind: 'elsewhere' }
  const path = decodePath(raw.replace(/[?#].*$/, ''))
  const folder = path.endsWith('/') ? path : `${path}/`
  const post = site.posts.get(folder)
  if (post) return { kind: 'post', path: folder, draft: post.draft, viaOrigin }
  // A page's address written without its closing slash (`/community#core`) names the page at `/community/`.
  if (site.pages.has(path) || site.pages.has(folder))
    return { kind: 'page', path: site.pages.has(path) ? path : folder, viaOrigin }
  if (site.routes.has(path)) return { kind: 'route', path, viaOrigin }
  // Files have extensions, so the slash toInternalPath adds to extension-less paths never hides one.
  const asFile = path.replace(/\/$/, '')
  if (!asFile.split('/').some((part) => part.startsWith('_') || part.startsWith('.')) && site.hasFile(asFile)) {
    return { kind: 'asset', path: asFile, viaOrigin }
  }
  return { kind: 'missing', path, viaOrigin }
}
