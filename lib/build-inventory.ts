/**
 * What the build must have published, read from the content files themselves rather than from
 * Contentlayer's output, and what the export holds: a post lost anywhere between the two (a file
 * name Contentlayer's barrel mangles, a page Next skipped, a feed or index that left it out) is
 * named instead of vanishing with exit code 0.
 */
import { parseFrontMatterDate } from './dates'
import { parseFrontMatter } from './front-matter'
import { selectPublished, type PublishOptions } from './posts'
import { site } from './site'
import { derivePostSlug, parsePostFileName } from './slug'
import type { SourceFile } from './validate-content'

export interface ContentPost {
  /** The file as the author sees it. */
  file: string
  slug: string
  /** Site path, `/slug/`. */
  url: string
  publishedAt: string
  isDraft: boolean
}

/** The posts the content files describe, by the same rules as Contentlayer's computed fields. */
export function postsFromSources(files: readonly SourceFile[]): ContentPost[] {
  return files.flatMap((file): ContentPost[] => {
    const name = file.path.split('/').pop() ?? file.path
    if (!name.endsWith('.md')) return []
    const parsed = parseFrontMatter(file.text)
    // `npm run check` has already stopped the build on a file that does not parse.
    if (!parsed.ok) return []
    const data = parsed.value.data
    const slug = derivePostSlug(name, typeof data.slug === 'string' ? data.slug : undefined)
    const rawDate = typeof data.date === 'string' ? data.date : parsePostFileName(name)?.day
    const date = rawDate === undefined ? null : parseFrontMatterDate(rawDate, site.timeZone)
    if (date === null || !date.ok) return []
    return [{ file: file.path, slug, url: `/${slug}/`, publishedAt: date.iso, isDraft: data.draft === true || data.published === false }]
  })
}

/** Site paths (`/slug/`, decoded, NFC, without the base path) found in each output. */
export interface ExportInventory {
  pages: ReadonlySet<string>
  feed: ReadonlySet<string>
  search: ReadonlySet<string>
}

export interface MissingPost {
  file: string
  url: string
  /** The outputs that lack it, in the words of the build's message. */
  missingFrom: string[]
}

/**
 * Published posts absent from an output that must hold them: every page and search entry, and
 * the newest `feedSize` in the feed.
 */
export function findMissingPosts(posts: readonly ContentPost[], options: PublishOptions, found: ExportInventory, feedSize: number): { published: ContentPost[]; missing: MissingPost[] } {
  const published = selectPublished(posts, options)
  const missing = published.flatMap((post, index): MissingPost[] => {
    const url = post.url.normalize('NFC')
    const missingFrom = [
      ...(found.pages.has(url) ? [] : ['페이지']),
      ...(index < feedSize && !found.feed.has(url) ? ['피드'] : []),
      ...(found.search.has(url) ? [] : ['검색 색인']),
    ]
    return missingFrom.length > 0 ? [{ file: post.file, url: post.url, missingFrom }] : []
  })
  return { published, missing }
}

/** A URL or site path of the export as the site path of a post: decoded once, NFC, base path removed. */
export function toSitePath(urlOrPath: string, basePath: string): string {
  let pathname = urlOrPath
  try {
    pathname = new URL(urlOrPath, 'http://site.invalid').pathname
    pathname = decodeURIComponent(pathname)
  } catch {
    // Left as written: it then matches no post, and the post is reported missing.
  }
  if (basePath !== '' && (pathname === basePath || pathname.startsWith(`${basePath}/`))) pathname = pathname.slice(basePath.length) || '/'
  return pathname.normalize('NFC')
}
