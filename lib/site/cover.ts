import { site as defaultSite } from '../config'

/**
 * The `src` of a post's cover as a page uses it: a full http(s) URL as written, a site path
 * (`/assets/a.png`, or `assets/a.png`) under the base path. Null when the post has no cover.
 */
export function coverSrc(image: string | undefined, site: { basePath: string } = defaultSite): string | null {
  const trimmed = image?.trim() ?? ''
  if (trimmed === '') return null
  if (/^https?:\/\//i.test(trimmed)) return trimmed
  return `${site.basePath}${trimmed.startsWith('/') ? trimmed : `/${trimmed}`}`
}
