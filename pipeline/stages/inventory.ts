/**
 * What the build must have published, read from the content files themselves rather than from
 * Contentlayer's output, and what the export holds: a post lost anywhere between the two (a file
 * name Contentlayer's barrel mangles, a page Next skipped, a feed or index that left it out) is
 * named instead of vanishing with exit code 0.
 */
// The build's last count before out/ is replaced: posts in (the content files), pages, feed entries
// and search entries out. A published post missing from any of them fails the build, named by file.
import { parseFrontMatterDate } from '../../lib/schema/dates'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { selectPublished, type PublishOptions } from '../../lib/content/posts'
import { editionOfLanguage, site } from '../../lib/config'
import { derivePostSlug, parsePostFileName, postFileName } from '../../lib/schema/slug'
import type { SourceFile } from '../../lib/schema/validate-content'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'htmlparser2'
import { readContentSources } from '../../lib/schema/content-sources'
import { FEED_SIZE } from '../../lib/site/feeds'

export interface ContentPost {
  /** The file as the author sees it. */
  file: string
  slug: string
  /** Site path, `/slug/`. */
  url: string
  publishedAt: string
  isDraft: boolean
  /** The folder of its edition ('' or 'en'), from its `lang`. */
  edition: string
}

/** The posts the content files describe, by the same rules as Contentlayer's computed fields. */
export function postsFromSources(files: readonly SourceFile[]): ContentPost[] {
  return files.flatMap((file): ContentPost[] => {
    const name = postFileName(file.path)
    if (!name.endsWith('.md')) return []
    const parsed = parseFrontMatter(file.text)
    // `npm run check` has already stopped the build on a file that does not parse.
    if (!parsed.ok) return []
    const data = parsed.value.data
    const slug = derivePostSlug(name, typeof data.slug === 'string' ? data.slug : undefined)
    const rawDate = typeof data.date === 'string' ? data.date : parsePostFileName(name)?.day
    const date = rawDate === undefined ? null : parseFrontMatterDate(rawDate, site.timeZone)
    if (date === null || !date.ok) return []
    return [
      {
        file: file.path,
        slug,
        url: `/${slug}/`,
        publishedAt: date.iso,
        isDraft: data.draft === true || data.published === false,
        edition: editionOfLanguage(typeof data.lang === 'string' ? data.lang : undefined).path,
      },
    ]
  })
}

/** Site paths (`/slug/`, decoded, NFC, without the base path) found in each output. */
export interface ExportInventory {
  pages: ReadonlySet<string>
  feed: ReadonlySet<string>
  search: ReadonlySet<string>
  /** Posts with a Markdown twin (`<post>/index.md`); not counted when absent. */
  twins?: ReadonlySet<string>
  /** Posts whose twin /llms.txt lists; not counted when absent. */
  llms?: ReadonlySet<string>
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
export function findMissingPosts(
  posts: readonly ContentPost[],
  options: PublishOptions,
  found: ExportInventory,
  feedSize: number,
): { published: ContentPost[]; missing: MissingPost[] } {
  const published = selectPublished(posts, options)
  const missing = published.flatMap((post, index): MissingPost[] => {
    const url = post.url.normalize('NFC')
    const missingFrom = [
      ...(found.pages.has(url) ? [] : ['페이지']),
      ...(index < feedSize && !found.feed.has(url) ? ['피드'] : []),
      ...(found.search.has(url) ? [] : ['검색 색인']),
      // The twin is written beside the page: a missing page is the one thing to say.
      ...(found.twins === undefined || found.twins.has(url) || !found.pages.has(url) ? [] : ['Markdown 사본']),
      ...(found.llms === undefined || found.llms.has(url) ? [] : ['llms.txt']),
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
  if (basePath !== '' && (pathname === basePath || pathname.startsWith(`${basePath}/`)))
    pathname = pathname.slice(basePath.length) || '/'
  return pathname.normalize('NFC')
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/** Top-level folders of the export that hold a page. */
function pagesOf(exportDir: string): Set<string> {
  const pages = readdirSync(exportDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(exportDir, entry.name, 'index.html')))
    .map((entry) => `/${entry.name.normalize('NFC')}/`)
  return new Set(pages)
}

/** The entries' links of feed.xml (RSS, read as XML) that feed.json lists too. */
function feedOf(exportDir: string, basePath: string): Set<string> {
  const json = readJson(path.join(exportDir, 'feed.json')) as { items?: { url?: string }[] } | null
  const fromJson = new Set((json?.items ?? []).map((item) => toSitePath(item.url ?? '', basePath)))
  const rssFile = path.join(exportDir, 'feed.xml')
  const rss = existsSync(rssFile) ? parseDocument(readFileSync(rssFile, 'utf8'), { xmlMode: true }) : null
  const fromRss = new Set<string>()
  const visit = (node: {
    type?: string
    name?: string
    children?: unknown[]
    parent?: { name?: string } | null
    data?: string
  }) => {
    if (node.name === 'link' && node.parent?.name === 'item') {
      const text = (node.children ?? []).map((child) => (child as { data?: string }).data ?? '').join('')
      fromRss.add(toSitePath(text.trim(), basePath))
    }
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  if (rss) visit(rss as unknown as Parameters<typeof visit>[0])
  return new Set([...fromJson].filter((url) => fromRss.has(url)))
}

/** Posts whose Markdown twin was written (`<post>/index.md` beside its page). */
function twinsOf(exportDir: string, pages: ReadonlySet<string>): Set<string> {
  return new Set(
    [...pages].filter((page) => existsSync(path.join(exportDir, ...page.split('/').filter(Boolean), 'index.md'))),
  )
}

/** Posts (site paths) whose twin /llms.txt links to. */
function llmsOf(exportDir: string, basePath: string): Set<string> {
  const file = path.join(exportDir, 'llms.txt')
  if (!existsSync(file)) return new Set()
  const links = [...readFileSync(file, 'utf8').matchAll(/\]\((\S+?)\/index\.md\)/g)].map((match) => `${match[1]}/`)
  return new Set(links.map((link) => toSitePath(link, basePath)))
}

function searchOf(exportDir: string, basePath: string): Set<string> {
  const index = readJson(path.join(exportDir, 'search-index.json')) as { documents?: { url?: string }[] } | null
  return new Set((index?.documents ?? []).map((doc) => toSitePath(doc.url ?? '', basePath)))
}

/**
 * Counts what went in and what came out. Returns the message lines; `ok` is false when a
 * published post is missing from a page, the feed or the search index.
 */
export function verifyInventory(exportDir: string, options: PublishOptions): { ok: boolean; lines: string[] } {
  const sources = readContentSources()
  const posts = postsFromSources(sources.posts)
  const lines: string[] = []
  let ok = true
  // Each edition in its folder, counted on its own pages, feed, index and llms.txt.
  for (const folder of [...new Set(['', ...posts.map((post) => post.edition)])]) {
    const dir = folder === '' ? exportDir : path.join(exportDir, folder)
    const basePath = folder === '' ? site.basePath : `${site.basePath}/${folder}`
    const mine = posts.filter((post) => post.edition === folder)
    const pages = existsSync(dir) ? pagesOf(dir) : new Set<string>()
    const found: ExportInventory = {
      pages,
      feed: feedOf(dir, basePath),
      search: searchOf(dir, basePath),
      twins: twinsOf(dir, pages),
      llms: llmsOf(dir, basePath),
    }
    const { published, missing } = findMissingPosts(mine, options, found, FEED_SIZE)
    if (folder !== '' && published.length === 0) continue
    const count = (set: ReadonlySet<string> | undefined, list = published) =>
      list.filter((post) => set?.has(post.url.normalize('NFC'))).length
    lines.push(
      `${folder === '' ? '' : `/${folder}/: `}글 파일 ${mine.length}개, 발행 ${published.length}편 → 페이지 ${count(found.pages)}, 피드 ${count(found.feed, published.slice(0, FEED_SIZE))}/${Math.min(FEED_SIZE, published.length)}, 검색 색인 ${count(found.search)}, Markdown 사본 ${count(found.twins)}, llms.txt ${count(found.llms)}`,
    )
    for (const post of missing) {
      ok = false
      lines.push(
        `${post.file}: 발행된 글 ${folder === '' ? '' : `/${folder}`}${post.url}이(가) ${post.missingFrom.join(', ')}에 없습니다 (파일 이름과 slug에 쓴 글자를 확인하고, 고쳐지지 않으면 이 메시지와 함께 알려 주세요)`,
      )
    }
  }
  return { ok, lines }
}

// `tsx pipeline/stages/inventory.ts <export>`: the same count on an exported folder.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readBuildClock } = await import('../../lib/content/build-clock')
  const result = verifyInventory(path.resolve(process.argv[2] ?? 'out'), {
    now: readBuildClock(process.env.BUILD_NOW),
    includeDrafts: false,
    includeFuture: process.env.BUILD_FUTURE === '1',
  })
  for (const line of result.lines) (result.ok ? console.log : console.error)(line)
  process.exitCode = result.ok ? 0 : 1
}
