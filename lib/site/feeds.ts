import { toRfc3339 } from '../schema/dates'
import { absolutizeFragments, prefixRootRelative } from '../markdown/html'
import { absoluteUrl, feedIdOf, site, siteWideRoot } from '../config'
import { renderXmlDocument, xmlElement, xmlText } from './xml'

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

/** One author of a post as feeds name them: a registered author has the URL of their page. */
export interface FeedAuthor {
  name: string
  url?: string | undefined
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
  /** Every author of the post, in order; empty when it names none. */
  authors: readonly FeedAuthor[]
  /**
   * An id the post already had in another blog's feeds (the importer keeps it), written byte for
   * byte as the RSS guid, the Atom id and the JSON Feed id, so readers do not see old posts as new.
   * Without it the id is the post's path under the address the feeds first used (feedIdOf in
   * lib/config.ts): its URL until the blog moves, and unchanged after.
   */
  guid?: string | undefined
  terms: readonly string[]
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

/** RFC 822 with a four-digit year (RSS 2.0): `Thu, 05 Dec 2019 16:00:00 GMT`. */
function rfc822(date: string): string {
  return new Date(date).toUTCString()
}

/** The newest modification among the posts, or a fixed date for an empty feed (never the clock). */
function feedUpdated(posts: readonly FeedPost[]): string {
  let newest: { date: string; time: number } | null = null
  for (const post of posts) {
    const date = post.updatedAt ?? post.publishedAt
    const time = new Date(date).getTime()
    if (newest === null || time > newest.time) newest = { date, time }
  }
  return newest?.date ?? EMPTY_FEED_DATE
}
const EMPTY_FEED_DATE = '2019-01-01T00:00:00Z'

interface FeedItem {
  post: FeedPost
  link: string
  id: string
  summary: string
  html: string | undefined
}

function toItems(posts: readonly FeedPost[], content: 'full' | 'summary'): FeedItem[] {
  return posts.slice(0, FEED_SIZE).map((post) => {
    const link = absoluteUrl(post.url)
    return {
      post,
      link,
      // Not the link: the id stays when the blog moves (lib/config.ts, feedIdRoot).
      id: post.guid ?? feedIdOf(post.url),
      summary: feedSummary(post),
      // The body's site paths are read from the site's root, in every edition (docs/editions.md).
      html: content === 'full' ? absolutizeFragments(prefixRootRelative(post.html(), siteWideRoot), link) : undefined,
    }
  })
}

const RSS_NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
}

/** RSS 2.0 with the W3C validator's advice: atom:link rel=self, dc:creator (RSS's author wants an e-mail), RFC 822 dates. */
function renderRss(scope: FeedScope, items: readonly FeedItem[], updated: string): string {
  return renderXmlDocument(
    xmlElement('rss', { version: '2.0', ...RSS_NAMESPACES }, [
      xmlElement('channel', {}, [
        xmlText('title', scope.title),
        xmlText('link', absoluteUrl(scope.path)),
        xmlText('description', scope.description),
        xmlElement('atom:link', { href: absoluteUrl(feedPath(scope, 'rss')), rel: 'self', type: FEED_FILES.rss.type }),
        xmlText('language', site.locale),
        xmlText('copyright', `© ${site.name}`),
        xmlText('lastBuildDate', rfc822(updated)),
        ...items.map(({ post, link, id, summary, html }) =>
          xmlElement('item', {}, [
            xmlText('title', post.title),
            xmlText('link', link),
            xmlText('guid', id, { isPermaLink: id === link ? 'true' : 'false' }),
            xmlText('pubDate', rfc822(post.publishedAt)),
            xmlText('description', summary),
            xmlText('content:encoded', html),
            ...post.authors.map((author) => xmlText('dc:creator', author.name)),
            ...post.terms.map((term) => xmlText('category', term)),
          ]),
        ),
      ]),
    ]),
  )
}

function atomAuthor(author: FeedAuthor) {
  return xmlElement('author', {}, [xmlText('name', author.name), xmlText('uri', author.url)])
}

/** Atom 1.0: RFC 3339 dates, a self link, and the site as author of any entry that names none. */
function renderAtom(scope: FeedScope, items: readonly FeedItem[], updated: string): string {
  const everyEntryHasAuthor = items.every(({ post }) => post.authors.length > 0)
  return renderXmlDocument(
    xmlElement('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': site.locale }, [
      xmlText('id', absoluteUrl(scope.path)),
      xmlText('title', scope.title),
      xmlText('subtitle', scope.description),
      xmlText('updated', toRfc3339(updated)),
      xmlElement('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(scope.path) }),
      xmlElement('link', { rel: 'self', type: FEED_FILES.atom.type, href: absoluteUrl(feedPath(scope, 'atom')) }),
      xmlText('rights', `© ${site.name}`),
      everyEntryHasAuthor ? null : atomAuthor({ name: site.name, url: absoluteUrl('/') }),
      ...items.map(({ post, link, id, summary, html }) =>
        xmlElement('entry', {}, [
          xmlText('id', id),
          xmlText('title', post.title, { type: 'text' }),
          xmlElement('link', { rel: 'alternate', type: 'text/html', href: link }),
          xmlText('published', toRfc3339(post.publishedAt)),
          xmlText('updated', toRfc3339(post.updatedAt ?? post.publishedAt)),
          ...post.authors.map(atomAuthor),
          ...post.terms.map((term) => xmlElement('category', { term })),
          xmlText('summary', summary, { type: 'text' }),
          xmlText('content', html, { type: 'html' }),
        ]),
      ),
    ]),
  )
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
function renderJsonFeed(scope: FeedScope, items: readonly FeedItem[]): string {
  const authors = (list: readonly FeedAuthor[]) =>
    list.map((author) => ({ name: author.name, ...(author.url ? { url: author.url } : {}) }))
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: scope.title,
    home_page_url: absoluteUrl(scope.path),
    feed_url: absoluteUrl(feedPath(scope, 'json')),
    description: scope.description,
    language: site.locale,
    items: items.map(({ post, link, id, summary, html }) => ({
      id,
      url: link,
      title: post.title,
      ...(html !== undefined ? { content_html: html } : { content_text: summary }),
      summary,
      date_published: toRfc3339(post.publishedAt),
      ...(post.updatedAt ? { date_modified: toRfc3339(post.updatedAt) } : {}),
      ...(post.authors.length > 0 ? { authors: authors(post.authors) } : {}),
      ...(post.terms.length > 0 ? { tags: [...post.terms] } : {}),
    })),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}

/**
 * A feed of the newest posts (already newest first) with absolute URLs, percent-encoded once,
 * that honour SITE_URL and BASE_PATH. The blog's own feeds carry each post in full; the feed of a
 * tag, category, series or author carries a summary and the link, so a post is not copied into
 * every feed it belongs to (some 400 feeds at 5,000 posts, 27 KB of output per post with full
 * content). Text is escaped by lib/site/xml.ts; dates come from the posts, not the clock, so the same
 * content gives the same bytes.
 */
export function renderFeed(
  scope: FeedScope,
  posts: readonly FeedPost[],
  format: FeedFormat,
  content: 'full' | 'summary' = 'full',
): string {
  const items = toItems(posts, content)
  const updated = feedUpdated(items.map((item) => item.post))
  if (format === 'rss') return renderRss(scope, items, updated)
  if (format === 'atom') return renderAtom(scope, items, updated)
  return renderJsonFeed(scope, items)
}

/** A static route handler's response for a feed. */
export function feedResponse(
  scope: FeedScope,
  posts: readonly FeedPost[],
  format: FeedFormat,
  content: 'full' | 'summary' = 'full',
): Response {
  return new Response(renderFeed(scope, posts, format, content), {
    headers: { 'Content-Type': `${FEED_FILES[format].type}; charset=utf-8` },
  })
}
