/**
 * The only module that imports Contentlayer's output. Pages ask it for published posts and
 * look-ups; the rules themselves live in pure helpers beside it (posts, taxonomy, series...).
 */
import type * as Generated from 'contentlayer/generated'
import type { Author, Page, Series } from 'contentlayer/generated'
import { resolveAuthors, type PostAuthor } from './authors'
import { readBuildClock } from './build-clock'
import { readGenerated, readGenerationStamp } from './generated-files'
import { perGeneration } from './per-generation'
import { selectAdjacent, selectPublished, type PublishOptions } from './posts'
import { selectRelated } from './related'
import { locateInSeries, orderSeriesParts, type SeriesPosition } from './series'
import { buildTerms, type Term } from './taxonomy'
import { termKey } from '../schema/terms'
import { edition, editionOfLanguage, editions, type Edition } from '../config'
import { linkTranslations } from './translations'
import { lastCommitDates } from '../schema/changed-files'
import { contentDir } from '../schema/content-sources'
import type { TocHeading } from '../markdown/toc'

export type { Author, Page, Series }
export type { PostAuthor, PublishOptions }

/**
 * A post as pages see it: `slug` is the computed, final slug (the field of the same name is the
 * override); `headings` is typed here because Contentlayer stores it as JSON; `body.html` and
 * `plainText` come from the stored render (lib/content/generated-files.ts).
 */
export type Post = Omit<Generated.Post, 'slug' | 'headings'> & { slug: string; headings: TocHeading[]; plainText: string }

export type TermKind = 'tags' | 'categories'

const inDev = process.env.NODE_ENV === 'development'

// The page's dependency on the generation stamp, so that Next reloads an open page after an edit.
// The condition is constant in each bundle, so a production bundle does not contain that import.
if (inDev) await import('./generated-dev')

/**
 * Which generation of Contentlayer's output the documents come from. A build reads them once. In
 * `next dev`, each look-up compares the stamp's text (a few dozen bytes) with the one last read,
 * and a new generation is read on the next request, even when the bundler missed the stamp's change.
 */
function currentGeneration(): string {
  return inDev ? readGenerationStamp() : 'build'
}

/** A value computed from the content: once in a build, once per edit in `next dev`. */
function fromContent<T>(compute: () => T): () => T {
  return perGeneration(currentGeneration, compute)
}

/**
 * Contentlayer's output, read from its files (lib/content/generated-files.ts): bundled, every post
 * body would be copied into the server chunks every build worker loads.
 */
const generated = fromContent(() => {
  const { allPosts, ...others } = readGenerated()
  return { allPosts: allPosts as Post[], ...others }
})

/** Build-time publishing rules: drafts only in `next dev`, future posts only with BUILD_FUTURE=1. */
export function publishOptions(): PublishOptions {
  return {
    now: readBuildClock(process.env.BUILD_NOW),
    includeDrafts: inDev,
    includeFuture: process.env.BUILD_FUTURE === '1',
  }
}

/** Every published post of every edition, newest first. */
const allPublished = fromContent(() => selectPublished(generated().allPosts, publishOptions()))

/** The edition a post is published in: the one its `lang` names, else the first (docs/editions.md). */
export function editionOf(post: Pick<Post, 'lang'>): Edition {
  return editionOfLanguage(post.lang)
}

/** A post's site path from the site's root, its edition's folder included: `/en/kubecon-1/`. */
export function sitePathOf(post: Pick<Post, 'lang' | 'url'>): string {
  const folder = editionOf(post).path
  return folder === '' ? post.url : `/${folder}${post.url}`
}

/**
 * The editions a build exports: the first always, each other once it has a published post (an
 * edition without posts would be a home page with nothing on it and a language switch to nowhere).
 */
export function exportedEditions(posts: readonly Pick<Post, 'lang'>[]): Edition[] {
  return editions.filter(
    (candidate, index) => index === 0 || posts.some((post) => editionOf(post) === candidate),
  )
}

/** Every published post of this edition (lib/config.ts `edition`), newest first. */
export const getPublishedPosts = fromContent(() => allPublished().filter((post) => editionOf(post) === edition))

/**
 * The same rule with the clock given, for the build's own stages (pipeline/), which read no
 * BUILD_NOW: every edition's posts, each placed by `editionOf`.
 */
export function getPublishedPostsAt(options: PublishOptions): Post[] {
  return selectPublished(generated().allPosts, options)
}

/** The editions the build exports (lib/content `exportedEditions` over every published post). */
export const getEditions = fromContent(() => exportedEditions(allPublished()))

const translationsByPost = fromContent(() => linkTranslations(allPublished(), editionOf))

/**
 * The same post in the blog's other editions (its original and the original's other translations),
 * in the order of site.config.mjs's editions; empty for a post in one language.
 */
export function getTranslations(post: Post): { edition: Edition; post: Post }[] {
  const others = translationsByPost().get(post) ?? []
  return editions.flatMap((candidate) =>
    others.filter((other) => editionOf(other) === candidate).map((other) => ({ edition: candidate, post: other })),
  )
}

const postsBySlug = fromContent(() => new Map(getPublishedPosts().map((post) => [post.slug, post])))

/** A published post by its slug, already decoded. */
export function getPostBySlug(slug: string): Post | undefined {
  return postsBySlug().get(slug.normalize('NFC'))
}

/** The older and newer published posts around a post. */
export function getAdjacentPosts(post: Post): { older: Post | null; newer: Post | null } {
  return selectAdjacent(getPublishedPosts(), post.slug)
}

/** Up to three related published posts: same series first, then shared tags. */
export function getRelatedPosts(post: Post): Post[] {
  return selectRelated(getPublishedPosts(), post)
}

/**
 * A translation whose original changed after it did, by git's history of the two files: the
 * original and when it changed. Null for a translation that is up to date, for a post that is not a
 * translation, and where there is no history to tell (no git, files never committed).
 */
export function getTranslationLag(post: Post): { original: Post; originalChangedAt: string } | null {
  return translationLags().get(post) ?? null
}

const translationLags = fromContent(() => {
  const pairs = allPublished().flatMap((post) => {
    if (post.translation_of === undefined) return []
    const original = (translationsByPost().get(post) ?? []).find((other) => other.translation_of === undefined)
    return original === undefined ? [] : [{ post, original }]
  })
  const dates = lastCommitDates(
    pairs.flatMap(({ post, original }) => [post._raw.sourceFilePath, original._raw.sourceFilePath]),
    contentDir(),
  )
  const lags = new Map<Post, { original: Post; originalChangedAt: string }>()
  for (const { post, original } of pairs) {
    const translated = dates.get(post._raw.sourceFilePath)
    const changed = dates.get(original._raw.sourceFilePath)
    if (translated !== undefined && changed !== undefined && Date.parse(changed) > Date.parse(translated))
      lags.set(post, { original, originalChangedAt: changed })
  }
  return lags
})

// Authors

// Contentlayer lists documents in the order the file system returns them, which differs between
// machines; sorting keeps pages and "first match wins" look-ups the same on every build.
const authorsSorted = fromContent(() => [...generated().allAuthors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))

/**
 * Registered authors, by id. Another edition than the first lists only those who wrote in it: the
 * first keeps every registered author, as the blog always has.
 */
export function getAuthors(): Author[] {
  return edition === editions[0] ? authorsSorted() : authorsInEdition()
}

const authorsInEdition = fromContent(() => authorsSorted().filter((author) => postsByAuthor().has(author.id)))

export function getAuthorById(id: string): Author | undefined {
  return authorsSorted().find((author) => author.id === id.normalize('NFC'))
}

/**
 * Everyone who wrote a post, in byline order (`author`, then `authors`, each person once): the one
 * rule that the byline, the author pages and their feeds, meta tags, JSON-LD and feeds go through.
 */
export function getPostAuthors(post: Post): PostAuthor<Author>[] {
  return resolveAuthors(authorsSorted(), post.author, post.authors)
}

const postsByAuthor = fromContent(() => {
  const map = new Map<string, Post[]>()
  for (const post of getPublishedPosts()) {
    for (const { author } of getPostAuthors(post)) {
      if (author) map.set(author.id, [...(map.get(author.id) ?? []), post])
    }
  }
  return map
})

/** Published posts of a registered author, newest first. */
export function getPostsByAuthor(authorId: string): Post[] {
  return postsByAuthor().get(authorId) ?? []
}

// Series

/** Every declared series that has at least one published part, by title. */
export const getSeriesList = fromContent(() =>
  [...generated().allSeries]
    .filter((series) => getSeriesParts(series.id).length > 0)
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1)),
)

export function getSeriesById(id: string): Series | undefined {
  return generated().allSeries.find((series) => series.id === id.normalize('NFC'))
}

/** Published parts of a series, in reading order. */
export function getSeriesParts(seriesId: string): Post[] {
  return orderSeriesParts(getPublishedPosts(), seriesId)
}

/** Where a post stands in its series (null outside a series). */
export function getSeriesPosition(post: Post): (SeriesPosition<Post> & { series: Series }) | null {
  const series = post.series ? getSeriesById(post.series) : undefined
  const position = locateInSeries(getPublishedPosts(), post)
  return series && position ? { ...position, series } : null
}

// Tags and categories

const termsByKind = {
  tags: fromContent(() => buildTerms(getPublishedPosts(), (post) => post.tagList)),
  categories: fromContent(() => buildTerms(getPublishedPosts(), (post) => post.categoryList)),
}

/** Tags or categories with their published posts, most used first. */
export function getTerms(kind: TermKind): Term<Post>[] {
  return termsByKind[kind]()
}

/** A tag or category by its URL slug, already decoded. */
export function getTermBySlug(kind: TermKind, slug: string): Term<Post> | undefined {
  const wanted = slug.normalize('NFC')
  return getTerms(kind).find((term) => term.slug === wanted)
}

/** The blog-wide term (display name and slug) for one spelling used in a post. */
export function getTermFor(kind: TermKind, spelling: string): Term<Post> | undefined {
  const key = termKey(spelling)
  return getTerms(kind).find((term) => term.key === key)
}

/** Standalone pages (about, contact ...), in URL order: the first edition's (they are written in its language). */
export function getPages(): Page[] {
  if (edition !== editions[0]) return []
  return [...generated().allPages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}

/** A page by its slug, already decoded. */
export function getPageBySlug(slug: string): Page | undefined {
  const wanted = slug.normalize('NFC')
  return generated().allPages.find((page) => page.slug === wanted)
}
