import { Feed } from 'feed'
import { absolutizeFragments, prefixRootRelative } from './html'
import { absoluteUrl, site } from './site'

/** Readers subscribe to at most this many recent posts per feed. */
export const FEED_SIZE = 20

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_FILES: Record<FeedFormat, { file: string; type: string; label: string }> = {
  rss: { file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
}

/** What a feed is about: the whole blog, or one tag, category, series or author page. */
export interface FeedScope {
  title: string
  description: string
  /** Site-internal path of the page the feed belongs to (`/`, `/tags/aws/`). */
  path: string
}

export interface FeedPost {
  title: string
  url: string
  publishedAt: string
  updatedAt?: string | undefined
  description?: string | undefined
  /** The body as HTML; read only for feeds that carry full content. */
  html: () => string
  /** The readable text, for a summary when the post has no description. */
  plainText: () => string
  authorName?: string | null | undefined
  terms: readonly string[]
  /** The post's id in feeds (RSS guid, Atom id, JSON Feed id) when it must stay the old feed's; else its URL. */
  guid?: string | undefined
}

/** The site-internal path of a scope's feed file (`/tags/aws/feed.xml`). */
export function feedPath(scope: Pick<FeedScope, 'path'>, format: FeedFormat = 'rss'): string {
  return `${scope.path}${FEED_FILES[format].file}`
}

/** Characters of a summary made from the text when a post has no description. */
const SUMMARY_LENGTH = 160

/** The post's description, or the start of its text cut at a space. */
export function feedSummary(post: Pick<FeedPost, 'description' | 'plainText'>): string {
  if (post.description) return post.description
  const text = post.plainText()
  if (text.length <= SUMMARY_LENGTH) return text
  const space = text.lastIndexOf(' ', SUMMARY_LENGTH)
  return `${text.slice(0, space > 0 ? space : SUMMARY_LENGTH)}…`
}

/**
 * A feed of the newest posts (already newest first) with absolute URLs that honour SITE_URL and
 * BASE_PATH. The blog's own feeds carry each post in full; the feed of a tag, category, series or
 * author carries a summary and the link, so a post is not copied into every feed it belongs to
 * (some 400 feeds at 5,000 posts, 27 KB of output per post with full content). The library escapes
 * text for XML; dates come from the posts, not the clock, so the same content gives the same bytes.
 */
export function renderFeed(scope: FeedScope, posts: readonly FeedPost[], format: FeedFormat, content: 'full' | 'summary' = 'full'): string {
  const recent = posts.slice(0, FEED_SIZE)
  const newest = recent[0]
  const siteRoot = `${site.url}${site.basePath}`
  const feed = new Feed({
    id: absoluteUrl(scope.path),
    link: absoluteUrl(scope.path),
    title: scope.title,
    description: scope.description,
    language: site.locale,
    copyright: `© ${site.name}`,
    generator: false,
    updated: new Date(newest?.updatedAt ?? newest?.publishedAt ?? '2019-01-01T00:00:00Z'),
    feedLinks: Object.fromEntries(
      (Object.keys(FEED_FILES) as FeedFormat[]).map((f) => [f, absoluteUrl(feedPath(scope, f))]),
    ),
  })
  for (const post of recent) {
    const link = absoluteUrl(post.url)
    feed.addItem({
      title: post.title,
      id: post.guid ?? link,
      link,
      date: new Date(post.updatedAt ?? post.publishedAt),
      published: new Date(post.publishedAt),
      description: content === 'full' ? post.description : feedSummary(post),
      content: content === 'full' ? absolutizeFragments(prefixRootRelative(post.html(), siteRoot), link) : undefined,
      author: post.authorName ? [{ name: post.authorName }] : undefined,
      category: post.terms.map((term) => ({ name: term, term })),
    })
  }
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
}

/** A static route handler's response for a feed. */
export function feedResponse(scope: FeedScope, posts: readonly FeedPost[], format: FeedFormat, content: 'full' | 'summary' = 'full'): Response {
  return new Response(renderFeed(scope, posts, format, content), {
    headers: { 'Content-Type': `${FEED_FILES[format].type}; charset=utf-8` },
  })
}
