import type { Metadata } from 'next'
import { FEED_FILES, feedPath } from './feeds'
import { absoluteUrl, site } from '../config'
import { siteSocialImage } from './social-image'
import { languageAlternates } from './editions'

/** Pages every edition has at the same path, which point at each other (`hreflang`). */
const IN_EVERY_EDITION = new Set([
  '/',
  '/tags/',
  '/categories/',
  '/series/',
  '/authors/',
  '/archive/',
  '/search/',
  '/subscribe/',
])

export interface PageMetaInput {
  title?: string
  description?: string | undefined
  /** Site-internal path of the page, e.g. `/kubecon-1/`. */
  path: string
  /** A feed of this page besides the blog's own (tag, category, series, author pages). */
  feed?: { title: string; path: string }
}

/** The `<link rel="alternate">` feeds of a page: the blog's three, plus the page's own RSS feed. */
export function feedAlternates(own?: PageMetaInput['feed']): NonNullable<Metadata['alternates']>['types'] {
  const root = { path: '/' }
  const rss = [{ url: absoluteUrl(feedPath(root, 'rss')), title: `${site.name} (RSS)` }]
  if (own) rss.push({ url: absoluteUrl(feedPath(own, 'rss')), title: own.title })
  return {
    [FEED_FILES.rss.type]: rss,
    [FEED_FILES.atom.type]: [{ url: absoluteUrl(feedPath(root, 'atom')), title: `${site.name} (Atom)` }],
    [FEED_FILES.json.type]: [{ url: absoluteUrl(feedPath(root, 'json')), title: `${site.name} (JSON Feed)` }],
  }
}

/** Title, description, canonical URL, feeds, OpenGraph and Twitter card of one page. */
export function buildPageMetadata({ title, description, path, feed }: PageMetaInput): Metadata {
  const url = absoluteUrl(path)
  const text = description ?? site.description
  return {
    ...(title !== undefined ? { title } : {}),
    description: text,
    alternates: {
      canonical: url,
      types: feedAlternates(feed),
      ...(IN_EVERY_EDITION.has(path) ? { languages: languageAlternates(undefined, path) } : {}),
    },
    openGraph: {
      type: 'website',
      locale: site.locale.replace('-', '_'),
      siteName: site.name,
      title: title ?? site.name,
      description: text,
      url,
      // The site's card; a post replaces it with its own (buildArticleMetadata).
      images: [siteSocialImage()],
    },
    twitter: {
      card: 'summary_large_image',
      title: title ?? site.name,
      description: text,
      images: [siteSocialImage().url],
    },
  }
}

export interface ArticleMetaInput {
  title: string
  description?: string | undefined
  path: string
  publishedAt: string
  updatedAt?: string | undefined
  /** Absolute profile URLs of registered authors, or display names. */
  authors: string[]
  tags: readonly string[]
  image?: { url: string; width?: number; height?: number; alt: string } | undefined
}

/** A post's metadata: the page's, as an OpenGraph article with times in +09:00, tags and image. */
export function buildArticleMetadata(input: ArticleMetaInput): Metadata {
  const page = buildPageMetadata(input)
  const images = input.image ? [input.image] : undefined
  return {
    ...page,
    authors: input.authors.map((name) => (name.startsWith('http') ? { url: name } : { name })),
    openGraph: {
      ...page.openGraph,
      type: 'article',
      publishedTime: input.publishedAt,
      ...(input.updatedAt ? { modifiedTime: input.updatedAt } : {}),
      authors: input.authors,
      tags: [...input.tags],
      ...(images ? { images } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: input.title,
      description: input.description ?? site.description,
      ...(images ? { images: images.map((image) => image.url) } : {}),
    },
  }
}
