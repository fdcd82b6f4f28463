/**
 * The feeds the site publishes: the whole blog in three formats with full posts, and an RSS feed
 * of summaries for each tag, category, series and author page at `<that page>/feed.xml`. Static route handlers call these.
 */
import {
  getAuthorById,
  getAuthors,
  getPostsByAuthor,
  getPublishedPosts,
  getSeriesById,
  getSeriesList,
  getSeriesParts,
  getTermBySlug,
  getTerms,
  type Post,
  type TermKind,
} from '../content'
import { FEED_SIZE, feedResponse, type FeedFormat, type FeedPost, type FeedScope } from './feeds'
import { postAuthorLinks } from './seo'
import { site } from '../config'
import { t } from '../i18n'
import { authorUrl, EMPTY_LIST_PLACEHOLDER, seriesUrl, termUrl } from './urls'

/** Only the posts a feed shows; bodies are read (from disk, in a build) only by feeds that carry them. */
export function toFeedPosts(posts: readonly Post[]): FeedPost[] {
  return posts.slice(0, FEED_SIZE).map((post) => ({
    title: post.title,
    url: post.url,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    description: post.description,
    html: () => post.body.html,
    plainText: () => post.plainText,
    authors: postAuthorLinks(post),
    terms: [...post.categoryList, ...post.tagList],
    // The id the post had in the old feeds, byte for byte, whatever form it took there (a site-relative
    // one included): it is what subscribers' readers hold, and another id shows the post to them as new.
    guid: post.feed_id !== undefined && post.feed_id.trim() !== '' ? post.feed_id : undefined,
  }))
}

export const SITE_FEED_SCOPE: FeedScope = { title: site.name, description: site.description, path: '/' }

/** The whole blog's feed in one of its three formats. */
export function siteFeed(format: FeedFormat): Response {
  return feedResponse(SITE_FEED_SCOPE, toFeedPosts(getPublishedPosts()), format)
}

function withPlaceholder<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder]
}

function notFoundFeed(): Response {
  return new Response('Not found', { status: 404 })
}

/** Route params for every tag or category feed (raw slugs). */
export function termFeedParams(kind: TermKind): { slug: string }[] {
  return withPlaceholder(
    getTerms(kind).map((term) => ({ slug: term.slug })),
    { slug: EMPTY_LIST_PLACEHOLDER },
  )
}

/** The feed of one tag or category, by its encoded route param. */
export function termFeed(kind: TermKind, encodedSlug: string): Response {
  const term = getTermBySlug(kind, decodeURIComponent(encodedSlug))
  if (!term) return notFoundFeed()
  const name = kind === 'tags' ? `#${term.name}` : term.name
  const scope = {
    title: `${name} · ${site.name}`,
    description: t.termFeedDescription[kind](name),
    path: termUrl(kind, term.slug),
  }
  return feedResponse(scope, toFeedPosts(term.posts), 'rss', 'summary')
}

export function seriesFeedParams(): { id: string }[] {
  return withPlaceholder(
    getSeriesList().map((series) => ({ id: series.id })),
    { id: EMPTY_LIST_PLACEHOLDER },
  )
}

/** The feed of one series (parts newest first, as in every feed). */
export function seriesFeed(encodedId: string): Response {
  const series = getSeriesById(decodeURIComponent(encodedId))
  if (!series) return notFoundFeed()
  const parts = getSeriesParts(series.id)
  const newestFirst = getPublishedPosts().filter((post) => parts.includes(post))
  const scope = {
    title: `${series.title} · ${site.name}`,
    description: series.description ?? t.seriesFeedDescription(series.title),
    path: seriesUrl(series.id),
  }
  return feedResponse(scope, toFeedPosts(newestFirst), 'rss', 'summary')
}

export function authorFeedParams(): { id: string }[] {
  return withPlaceholder(
    getAuthors().map((author) => ({ id: author.id })),
    { id: EMPTY_LIST_PLACEHOLDER },
  )
}

/** The feed of one author's posts. */
export function authorFeed(encodedId: string): Response {
  const author = getAuthorById(decodeURIComponent(encodedId))
  if (!author) return notFoundFeed()
  const scope = {
    title: `${author.name} · ${site.name}`,
    description: t.authorFeedDescription(author.name),
    path: authorUrl(author.id),
  }
  return feedResponse(scope, toFeedPosts(getPostsByAuthor(author.id)), 'rss', 'summary')
}
