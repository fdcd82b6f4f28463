/**
 * The only module that imports Contentlayer's output. Pages ask it for published posts and
 * look-ups; the rules themselves live in pure helpers (lib/posts.ts, lib/authors.ts).
 */
import * as generated from 'contentlayer/generated'
import type { Author, Series } from 'contentlayer/generated'
import { findAuthor } from './authors'
import { readBuildClock } from './build-clock'
import { selectPublished, type PublishOptions } from './posts'

export type { Author, Series }

/** A post as pages see it: `slug` is the computed, final slug (the field of the same name is the override). */
export type Post = Omit<generated.Post, 'slug'> & { slug: string }

const allPosts = generated.allPosts as Post[]
const { allAuthors, allSeries } = generated

/** Build-time publishing rules: drafts only in `next dev`, future posts only with BUILD_FUTURE=1. */
export function publishOptions(): PublishOptions {
  return {
    now: readBuildClock(process.env.BUILD_NOW),
    includeDrafts: process.env.NODE_ENV === 'development',
    includeFuture: process.env.BUILD_FUTURE === '1',
  }
}

let published: Post[] | undefined

/** Every published post, newest first. */
export function getPublishedPosts(): Post[] {
  published ??= selectPublished(allPosts, publishOptions())
  return published
}

/** A published post by its slug, already decoded. */
export function getPostBySlug(slug: string): Post | undefined {
  const wanted = slug.normalize('NFC')
  return getPublishedPosts().find((post) => post.slug === wanted)
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

// Contentlayer lists documents in the order the file system returns them, which differs between
// machines; sorting here keeps pages (and "first match wins" look-ups) the same on every build.
const sortedAuthors = [...allAuthors].sort(byId)
const sortedSeries = [...allSeries].sort(byId)

export function getAuthors(): Author[] {
  return [...sortedAuthors]
}

/** The registered author of a post, or null when its `author` is only a display name. */
export function getPostAuthor(post: Post): Author | null {
  return findAuthor(sortedAuthors, post.author)
}

/** The name to show for a post's author: the registered name, else what the post says. */
export function getAuthorDisplayName(post: Post): string | null {
  return getPostAuthor(post)?.name ?? post.author?.trim() ?? null
}

export function getAllSeries(): Series[] {
  return [...sortedSeries]
}
