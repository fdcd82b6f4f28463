/** Normalises a base path from the environment: '', '/', 'blog', '/blog/' -> '' or '/blog'. */
export function normalizeBasePath(raw: string | undefined): string
/** Normalises a site URL from the environment: drops a trailing slash, insists on http(s). */
export function normalizeSiteUrl(raw: string | undefined, fallback: string): string
export interface SiteLocation {
  /** The origin only: every path of the site lives in basePath. */
  url: string
  /** '' at a domain root, or '/repo' under a project path; with EDITION, the edition's folder after it. */
  basePath: string
  /** The site's own base path, whatever the edition. */
  siteBasePath: string
  /** The edition's absolute address: origin and base path, no trailing slash. */
  root: string
  /** Said once by the build when SITE_URL had to be corrected. */
  notice: string | null
}
/** Where the site lives, from SITE_URL, BASE_PATH and EDITION (lib/site-location.mjs). */
export function resolveSiteLocation(
  env: {
    SITE_URL?: string | undefined
    BASE_PATH?: string | undefined
    EDITION?: string | undefined
    SITE_EDITIONS?: string | undefined
  },
  configured: { url: string; basePath?: string; editions?: readonly { locale: string; path: string }[] },
): SiteLocation
/** The language a locale names: 'en-US' -> 'en'. */
export function languageOf(locale: string): string
/** The folder of the edition whose language is `language`: '' or '/en'. */
export function editionFolder(
  language: string | undefined,
  configured: { editions?: readonly { locale: string; path: string }[] },
): string
/** SITE_EDITIONS (JSON) when set, else site.config.mjs's `editions`. */
export function configuredEditions<T extends { locale: string; path: string }>(
  env: { SITE_EDITIONS?: string | undefined },
  configured: { editions?: readonly T[] },
): readonly T[]
