/**
 * The only module that imports Contentlayer's output. Pages ask it for published posts and
 * look-ups; the rules themselves live in pure helpers (lib/posts.ts, lib/authors.ts).
 */
import * as generated from 'contentlayer/generated'
import type { Author, Page, Series } from 'contentlayer/generated'
import { findAuthor } from './authors'
import { selectPublished, type PublishOptions } from './posts'

export type { Author, Page, Series }

/** A post as pages see it: `slug` is the computed, final slug (the field of the same name is the override). */
export type Post = Omit<generated.Post, 'slug'> & { slug: string }

const allPosts = generated.allPosts as Post[]
const { allAuthors, allPages, allSeries } = generated

/** Build-time publishing rules: drafts only in `next dev`, future posts only with BUILD_FUTURE=1. */
export function publishOptions(): PublishOptions {
  const fixedNow = process.env.BUILD_NOW
  return {
    now: fixedNow ? new Date(fixedNow) : new Date(),
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

export function getAuthors(): Author[] {
  return [...allAuthors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The registered author of a post, or null when its `author` is only a display name. */
export function getPostAuthor(post: Post): Author | null {
  return findAuthor(allAuthors, post.author)
}

/** The name to show for a post's author: the registered name, else what the post says. */
export function getAuthorDisplayName(post: Post): string | null {
  return getPostAuthor(post)?.name ?? post.author?.trim() ?? null
}

export function getAllSeries(): Series[] {
  return [...allSeries]
}

/** Standalone pages (about, contact ...), in URL order. */
export function getPages(): Page[] {
  return [...allPages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}

/** A page by its slug, already decoded. */
export function getPageBySlug(slug: string): Page | undefined {
  const wanted = slug.normalize('NFC')
  return allPages.find((page) => page.slug === wanted)
}
