import type { Metadata } from 'next'
import { getAuthorDisplayName, getPostAuthor, type Post } from './content'
import { blogPostingJsonLd } from './json-ld'
import { buildArticleMetadata, type ArticleMetaInput } from './metadata'
import { absoluteUrl, site } from './site'
import { authorUrl } from './urls'

/** A post's page metadata (OpenGraph article, Twitter card, canonical, feeds). */
export function postMetadata(post: Post, image?: ArticleMetaInput['image']): Metadata {
  const author = getPostAuthor(post)
  const name = getAuthorDisplayName(post)
  return buildArticleMetadata({
    title: post.title,
    description: post.description,
    path: post.url,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    authors: author ? [absoluteUrl(authorUrl(author.id))] : name ? [name] : [],
    tags: post.tagList,
    image,
  })
}

/** schema.org BlogPosting of a post. */
export function postJsonLd(post: Post, image?: string): Record<string, unknown> {
  const author = getPostAuthor(post)
  const name = getAuthorDisplayName(post)
  return blogPostingJsonLd({
    title: post.title,
    description: post.description,
    url: absoluteUrl(post.url),
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    author: name ? { name, url: author ? absoluteUrl(authorUrl(author.id)) : undefined } : null,
    tags: post.tagList,
    image,
    publisher: { name: site.name, url: absoluteUrl('/') },
    language: site.locale,
  })
}
