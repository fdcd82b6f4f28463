import type { Metadata } from 'next'
import { getPostAuthors, type Post } from '../content'
import { blogPostingJsonLd } from './json-ld'
import { buildArticleMetadata, type ArticleMetaInput } from './metadata'
import { absoluteUrl, site } from '../config'
import { authorUrl } from './urls'

/** Each author of a post with the absolute URL of their page when they are registered. */
export function postAuthorLinks(post: Post): { name: string; url?: string }[] {
  return getPostAuthors(post).map(({ name, author }) =>
    author ? { name, url: absoluteUrl(authorUrl(author.id)) } : { name },
  )
}

/** A post's page metadata (OpenGraph article, Twitter card, canonical, feeds). */
export function postMetadata(post: Post, image?: ArticleMetaInput['image']): Metadata {
  return buildArticleMetadata({
    title: post.title,
    description: post.description,
    path: post.url,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    authors: postAuthorLinks(post).map((author) => author.url ?? author.name),
    tags: post.tagList,
    image,
  })
}

/** schema.org BlogPosting of a post. */
export function postJsonLd(post: Post, image?: string): Record<string, unknown> {
  return blogPostingJsonLd({
    title: post.title,
    description: post.description,
    url: absoluteUrl(post.url),
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    authors: postAuthorLinks(post),
    tags: post.tagList,
    image,
    publisher: { name: site.name, url: absoluteUrl('/') },
    language: site.locale,
  })
}
