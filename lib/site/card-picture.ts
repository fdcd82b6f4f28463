import { encodeUrlPath, site as defaultSite, siteRoot as defaultRoot } from '../config'
import { coverSrc } from './cover'

/** How many brand patterns a card without a picture may wear (components/post/card-picture.css). */
export const CARD_PATTERNS = 4

/**
 * What a post's card shows: its cover, else the first picture of its body, else a brand pattern.
 * `pattern` is set on all three: it stays behind a picture and shows when the picture fails.
 */
export type CardPicture =
  { kind: 'cover' | 'body'; src: string; pattern: number } | { kind: 'pattern'; pattern: number }

/** What the rule reads of a post: its slug and URL, the `image` front matter and the body's first picture. */
export interface CardPictureSource {
  slug: string
  url: string
  image?: string | undefined
  firstPicture?: string | undefined
}

export interface CardPictureSite {
  basePath: string
  /** The site's own origin and base path (`https://blog.example.com/blog`). */
  root: string
}

/** The same pattern for a post on every page and every build, spread over the patterns by its slug. */
export function cardPattern(slug: string): number {
  let hash = 0
  for (const char of slug) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return hash % CARD_PATTERNS
}

/**
 * A body picture's address as a list page must write it: the body is rendered once without the
 * base path, and a relative address there means "beside the post" (`/<slug>/a.png`), not beside
 * the list page. A full address to this very site becomes a site path, as on the post's page.
 */
export function bodyPictureSrc(src: string, postUrl: string, target: CardPictureSite): string {
  if (/^https?:\/\//i.test(src)) {
    const rest = src.startsWith(target.root) ? src.slice(target.root.length) : null
    if (rest === null || !/^([/?#]|$)/.test(rest)) return src
    return `${target.basePath}${rest.startsWith('/') ? rest : `/${rest}`}`
  }
  if (src.startsWith('/')) return `${target.basePath}${src}`
  const resolved = new URL(src, `https://post.invalid${encodeUrlPath(postUrl)}`)
  return `${target.basePath}${resolved.pathname}${resolved.search}`
}

/** The picture a post's card shows (see CardPicture); the social card is for sharing only. */
export function selectCardPicture(
  post: CardPictureSource,
  target: CardPictureSite = { basePath: defaultSite.basePath, root: defaultRoot },
): CardPicture {
  const pattern = cardPattern(post.slug)
  const cover = coverSrc(post.image, target)
  if (cover !== null) return { kind: 'cover', src: cover, pattern }
  const first = post.firstPicture?.trim()
  if (first) return { kind: 'body', src: bodyPictureSrc(first, post.url, target), pattern }
  return { kind: 'pattern', pattern }
}

/** The box every card picture fills (16:9, cropped to fit), written on the `<img>` so nothing moves while it loads. */
export const CARD_PICTURE_SIZE = { width: 1200, height: 675 } as const
