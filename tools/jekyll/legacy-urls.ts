import { stringify } from 'yaml'
import { isFeedDocument } from '../../lib/site/xml'

/** A feed file of the old site's Jekyll build (`_site/feed.xml`), path relative to the build. */
export interface BuiltFeed {
  path: string
  text: string
}

/** Feed files Jekyll sites publish at their root (jekyll-feed's, and the usual hand-written templates). */
/**
 * Where an old Jekyll build wrote the site's feed: at the root, or as the index of a folder named for
 * it (`feed/index.xml`, which the old site answered at /feed/ as a hand-written Atom template does).
 */
export const OLD_FEED_FILES = [
  'feed.xml',
  'atom.xml',
  'rss.xml',
  'index.xml',
  'feed.json',
  'feed/index.xml',
  'atom/index.xml',
  'rss/index.xml',
] as const

/**
 * The feed files an old Jekyll build holds: the usual names, and every feed its home page advertised
 * (`<link rel="alternate" type="application/atom+xml" href="/blog/atom.xml">`), which is where feed
 * readers subscribed wherever the site kept it. Paths relative to the build; `read` reads a build file or null.
 */
export function builtFeedFiles(read: (file: string) => string | null): string[] {
  const home = read('index.html') ?? ''
  const advertised = [...home.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?alternate\b/i.test(tag) && /\btype=["']?application\/(atom|rss)\+xml\b/i.test(tag))
    .flatMap((tag) => {
      const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1]
      if (href === undefined) return []
      let pathname: string
      try {
        pathname = decodeURI(new URL(href, 'http://old.invalid/').pathname).replace(/^\/+/, '')
      } catch {
        return []
      }
      // A folder address (`/feed/`) was answered by the folder's index.html, whatever it held.
      const file = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname
      // Under a base path the build holds the file without it (`/blog-base/feed.xml` -> `feed.xml`).
      return [file, file.split('/').slice(1).join('/')].filter((name) => name !== '' && name !== 'index.html')
    })
  return [...new Set([...OLD_FEED_FILES, ...advertised])].filter((file) => {
    const text = read(file)
    return text !== null && (/\.json$/.test(file) || isFeedDocument(text))
  })
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML text as characters: entities and CDATA resolved. */
function xmlText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw)
  if (cdata) return cdata[1] ?? ''
  return raw.trim().replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

function firstTag(block: string, pattern: RegExp): string | null {
  const match = pattern.exec(block)
  return match ? xmlText(match[1] ?? '') : null
}

/** The path of a feed item's link, decoded, without the old origin: `https://x.github.io/a%20b/` -> `/a b/`. */
function linkPath(link: string): string {
  let path = link
  try {
    path = new URL(link, 'http://old.invalid').pathname
  } catch {
    return link
  }
  try {
    return decodeURIComponent(path).normalize('NFC')
  } catch {
    return path
  }
}

/**
 * Each post's id in the old feeds, by the path of its link: RSS `<guid>` (else `<link>`), Atom
 * `<id>`, JSON Feed `id`. The first feed that names a post wins. `basePath` is the old `baseurl`.
 */
export function readFeedIds(feeds: readonly BuiltFeed[], basePath: string): Map<string, string> {
  return new Map(readFeedEntries(feeds, basePath).map((entry) => [entry.path, entry.id]))
}

/** One post of an old feed: the path of its link (decoded, without the base path), its id and its title. */
export interface FeedEntry {
  path: string
  id: string
  title: string
}

/**
 * A post's URL as a static host answers it, for matching feed links to posts whatever form either
 * is written in: `/a/index.html`, `/a/` and `/a` are one page, as are `/a.html` and `/a`.
 */
export function pageKey(path: string): string {
  return path
    .normalize('NFC')
    .replace(/\/index\.html?$/, '/')
    .replace(/\.html?$/, '')
    .replace(/\/+$/, '')
    .toLowerCase()
}

/** Every post of the old feeds, in order; the first feed that names a link wins. */
export function readFeedEntries(feeds: readonly BuiltFeed[], basePath: string): FeedEntry[] {
  const entries: FeedEntry[] = []
  const seen = new Set<string>()
  const add = (link: string | null, id: string | null, title: string | null = null) => {
    if (link === null || id === null || id === '') return
    let path = linkPath(link)
    if (basePath !== '' && path.startsWith(`${basePath}/`)) path = path.slice(basePath.length)
    if (seen.has(path)) return
    seen.add(path)
    entries.push({ path, id, title: (title ?? '').trim() })
  }
  for (const feed of feeds) {
    if (feed.path.endsWith('.json')) {
      try {
        const data = JSON.parse(feed.text) as { items?: { id?: unknown; url?: unknown }[] }
        for (const item of (data.items ?? []) as { id?: unknown; url?: unknown; title?: unknown }[])
          add(
            typeof item.url === 'string' ? item.url : null,
            typeof item.id === 'string' ? item.id : null,
            typeof item.title === 'string' ? item.title : null,
          )
      } catch {
        // Not JSON after all: nothing to keep from it.
      }
      continue
    }
    for (const [, item = ''] of feed.text.matchAll(/<item[\s>]([\s\S]*?)<\/item>/g)) {
      const link = firstTag(item, /<link>([\s\S]*?)<\/link>/)
      add(
        link,
        firstTag(item, /<guid[^>]*>([\s\S]*?)<\/guid>/) ?? link,
        firstTag(item, /<title[^>]*>([\s\S]*?)<\/title>/),
      )
    }
    for (const [, entry = ''] of feed.text.matchAll(/<entry[\s>]([\s\S]*?)<\/entry>/g)) {
      const href = /<link[^>]*?(?:rel="alternate"[^>]*?)?href="([^"]*)"/.exec(entry)
      add(
        href ? xmlText(href[1] ?? '') : null,
        firstTag(entry, /<id>([\s\S]*?)<\/id>/),
        firstTag(entry, /<title[^>]*>([\s\S]*?)<\/title>/),
      )
    }
  }
  return entries
}

/** The blog's feed that stands in for an old feed file, by the old file's format. */
export function blogFeedFor(feed: BuiltFeed | { path: string; text: null }): string {
  if (feed.path.endsWith('.json')) return '/feed.json'
  if (feed.text !== null && /<feed[\s>]/.test(feed.text) && !/<rss[\s>]/.test(feed.text)) return '/atom.xml'
  return '/feed.xml'
}

export interface LegacyUrlsInput {
  /** jekyll-paginate's settings, and how many published posts the old site listed. */
  paginate: { perPage: number; path: string } | null
  postCount: number
  /** Old feed files: from the Jekyll build when given (with their text), else the site's templates and jekyll-feed's `/feed.xml`. */
  feeds: readonly (BuiltFeed | { path: string; text: null })[]
}

/** The old paginator pages (`/page2/` ...) and old feed addresses, each with the blog's page or feed that answers it. */
export function planLegacyUrls(input: LegacyUrlsInput): {
  redirects: Record<string, string>
  feeds: Record<string, string>
} {
  const redirects: Record<string, string> = {}
  if (input.paginate !== null) {
    const pages = Math.ceil(input.postCount / input.paginate.perPage)
    for (let n = 2; n <= pages; n += 1) {
      const folder = input.paginate.path
        .replace(':num', String(n))
        .replace(/^\/+|\/+$/g, '')
        .replace(/\/index\.html$/, '')
      redirects[`/${folder}/`] = `/page/${n}/`
    }
  }
  const feeds = Object.fromEntries(input.feeds.map((feed) => [`/${feed.path}`, blogFeedFor(feed)]))
  return { redirects, feeds }
}

/** content/legacy-urls.yml, which the build reads (pipeline/stages/write-legacy-redirects.ts); null when there is nothing to keep. */
export function formatLegacyUrls(
  urls: ReturnType<typeof planLegacyUrls> & { feed_ids?: Record<string, Record<string, string>> },
): string | null {
  if (Object.keys(urls.redirects).length + Object.keys(urls.feeds).length === 0) return null
  const header = [
    '# 옛 Jekyll 사이트의 주소 가운데 글이 아닌 것과 이 블로그에서 그 주소에 답하는 곳 (npm run import:jekyll이 씀).',
    '# redirects: 옛 주소에 새 주소로 보내는 페이지를 씁니다 (새 주소가 없으면 홈으로). feeds: 옛 피드 주소에 블로그의 피드를 복사합니다.',
    ...(urls.feed_ids
      ? ['# feed_ids: 옛 피드가 글을 feed_id와 다른 id로 불렀다면, 그 주소의 피드에서 쓰는 옛 id (feed_id: 옛 id).']
      : []),
  ].join('\n')
  return `${header}\n${stringify(urls, { lineWidth: 0 })}`
}
