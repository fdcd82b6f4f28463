import { absoluteUrl, site, siteRoot } from '../config'

/** The size social networks show without cropping (Open Graph's recommended 1.91:1). */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** Folder of the generated images, under the site root. */
const SOCIAL_IMAGE_FOLDER = 'og'

export interface SocialImagePost {
  slug: string
  title: string
  /** The post's cover, from front matter: `/assets/...` or an absolute http(s) URL. */
  image?: string | undefined
}

export interface SocialImage {
  /** Absolute URL, as Open Graph requires. */
  url: string
  width?: number
  height?: number
  alt: string
}

/** Where a post's generated image is written, relative to the export folder: `og/<slug>.png`, slug as is. */
export function socialImageFile(slug: string): string {
  return `${SOCIAL_IMAGE_FOLDER}/${slug}.png`
}

/** The absolute URL of a post's generated image, with the slug percent-encoded (Hangul, spaces). */
export function generatedImageUrl(slug: string): string {
  return absoluteUrl(`/${SOCIAL_IMAGE_FOLDER}/${slug}.png`)
}

/** An absolute URL for a cover written as a site path or a full URL. */
export function coverImageUrl(image: string): string {
  const trimmed = image.trim()
  if (/^https?:\/\//i.test(trimmed)) return new URL(trimmed).href
  // Written by an author, maybe already encoded (`my%20image.png`): the URL parser encodes only what still needs it.
  return new URL(`${siteRoot}${trimmed.startsWith('/') ? trimmed : `/${trimmed}`}`).href
}

/** The picture a post shows when shared: its cover when it has one, else its generated card. */
export function socialImageFor(post: SocialImagePost): SocialImage {
  const cover = post.image?.trim()
  if (cover) return { url: coverImageUrl(cover), alt: post.title }
  return { url: generatedImageUrl(post.slug), ...SOCIAL_IMAGE_SIZE, alt: post.title }
}

/**
 * The site's own card, for pages that are not posts (home, lists, tags, series, authors): drawn by
 * the build like a post's (pipeline/stages/social-images.ts) at og/_site.png. Post slugs never start with
 * `_` (lib/schema/validate-content.ts), so no post's card can take its place.
 */
export const SITE_CARD_SLUG = '_site'

export function siteSocialImage(): SocialImage {
  return { url: generatedImageUrl(SITE_CARD_SLUG), ...SOCIAL_IMAGE_SIZE, alt: site.name }
}
