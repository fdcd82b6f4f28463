import { resolveBrand, type Brand } from './brand'

/**
 * The one place that knows what this blog is called, where it lives and how it counts.
 * `SITE_URL` and `BASE_PATH` override the URL and base path at build time, so the same commit
 * can be deployed at a domain root or under a GitHub Pages project path.
 */
import { normalizeBasePath } from './base-path.mjs'

export interface SiteConfig {
  /** Shown in the header, titles, feeds and social images. */
  name: string
  description: string
  /** Absolute origin without a trailing slash, e.g. https://blog.example.com */
  url: string
  /** '' at a domain root, or '/repo' under a project path: leading slash, no trailing slash. */
  basePath: string
  /** BCP 47 locale of the pages (`<html lang>` uses its language part). */
  locale: string
  /** IANA time zone in which front-matter dates without an offset are read and shown. */
  timeZone: string
  /** Hosts whose absolute links in posts are rewritten to internal links (the old blog's). */
  legacyOrigins: readonly string[]
  githubUrl: string
  /**
   * Reader services, all off unless set: comments (GISCUS_REPO, GISCUS_REPO_ID, GISCUS_CATEGORY,
   * GISCUS_CATEGORY_ID), e-mail subscription (SUBSCRIBE_FORM_URL or SUBSCRIBE_EMAIL) and analytics
   * (ANALYTICS_SCRIPT_URL, ANALYTICS_SITE_ID). The same names as environment variables win over
   * these (lib/site/integrations.ts).
   */
  integrations: Readonly<Record<string, string>>
  /** The company: wordmark, about and careers links, accent colour (lib/brand.ts, SITE_* variables). */
  brand: Brand
}

export const POSTS_PER_PAGE = 10

export { normalizeBasePath }

/** Normalises a site URL from the environment: drops a trailing slash, insists on http(s). */
export function normalizeSiteUrl(raw: string | undefined, fallback: string): string {
  const value = (raw ?? '').trim()
  if (value === '') return fallback
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL (example: https://blog.example.com)`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http://`)
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`
}

export interface SiteLocation {
  /** The origin only: every path of the site lives in basePath. */
  url: string
  basePath: string
  /** Said once by the build when SITE_URL had to be corrected. */
  notice: string | null
}

/**
 * One rule for where the site lives: `SITE_URL` is the origin and `BASE_PATH` the path, because
 * Next.js must know the path to write links and only BASE_PATH reaches it. A SITE_URL that repeats
 * the base path (`https://example.com/blog` with `BASE_PATH=/blog`, what a deploy action may hand
 * over) is cut back to its origin, with a notice; any other path in SITE_URL is refused, naming both,
 * since it would put `/blog/blog/` or a path the pages do not know into every absolute URL.
 */
export function resolveSiteLocation(
  env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined },
  fallbackUrl: string,
): SiteLocation {
  const basePath = normalizeBasePath(env.BASE_PATH)
  const full = normalizeSiteUrl(env.SITE_URL, fallbackUrl)
  const origin = new URL(full).origin
  const urlPath = full.slice(origin.length)
  if (urlPath === '') return { url: origin, basePath, notice: null }
  const both = `SITE_URL=${env.SITE_URL ?? ''}, BASE_PATH=${env.BASE_PATH ?? ''}`
  if (basePath !== '' && urlPath === basePath) {
    return {
      url: origin,
      basePath,
      notice: `${both}: SITE_URL의 경로 ${urlPath}는 BASE_PATH와 같아 한 번만 씁니다. 주소는 ${origin}${basePath}/... 입니다 (SITE_URL=${origin}로 고치면 이 안내가 사라집니다)`,
    }
  }
  throw new Error(
    `${both}: SITE_URL에는 경로 없이 주소의 앞부분(${origin})만 쓰고, 경로 ${urlPath}는 BASE_PATH로 주세요. ` +
      `예: SITE_URL=${origin} BASE_PATH=${basePath || urlPath}`,
  )
}

/**
 * Configuration from the environment that cannot be used, each with the variable it names. Such a
 * value used to end every command that loads this module with a stack trace; now this module falls
 * back to the blog's defaults and `npm run check` (the build's first stage) reports each one, so
 * the build stops with the message and nothing is built with a value the maintainer did not mean.
 */
export const configProblems: { variable: string; message: string }[] = []

/** `resolve()`, or `fallback()` with the problem recorded. */
function orDefault<T>(resolve: () => T, fallback: () => T): T {
  try {
    return resolve()
  } catch (error) {
    const message = (error as Error).message
    configProblems.push({ variable: /^(SITE_[A-Z_]+|BASE_PATH)\b/.exec(message)?.[1] ?? 'SITE_URL', message })
    return fallback()
  }
}

const DEFAULT_ORIGIN = 'https://megazonedsg.github.io'
const location = orDefault(
  () => resolveSiteLocation({ SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH }, DEFAULT_ORIGIN),
  () => resolveSiteLocation({}, DEFAULT_ORIGIN),
)
/** The build prints this once (build/index.ts); every process reads the same corrected values. */
export const siteLocationNotice = location.notice

export const site: SiteConfig = {
  name: '메가존 웹서비스 부문 기술 블로그',
  description: '메가존 웹서비스 부문 엔지니어들이 클라우드, 쿠버네티스, 웹 개발 경험을 나누는 기술 블로그입니다.',
  url: location.url,
  basePath: location.basePath,
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  legacyOrigins: ['https://megazonedsg.github.io', 'http://megazonedsg.github.io'],
  githubUrl: 'https://github.com/megazonedsg',
  integrations: {},
  brand: orDefault(
    () =>
      resolveBrand({
        SITE_COMPANY: process.env.SITE_COMPANY,
        SITE_SHORT_NAME: process.env.SITE_SHORT_NAME,
        SITE_ABOUT_URL: process.env.SITE_ABOUT_URL,
        SITE_CAREERS_URL: process.env.SITE_CAREERS_URL,
        SITE_CAREERS_TEXT: process.env.SITE_CAREERS_TEXT,
        SITE_ACCENT: process.env.SITE_ACCENT,
      }),
    () => resolveBrand({}),
  ),
}

/** The language part of the locale, for `<html lang>`. */
export const siteLanguage = site.locale.split('-')[0] ?? 'ko'

/** A site-internal path with the base path in front: '/kubecon-1/' -> '/blog/kubecon-1/'. */
export function withBasePath(path: string): string {
  return `${site.basePath}${path}`
}

const UTF8 = new TextEncoder()
/**
 * Characters a URI path may hold as they are (RFC 3986 `pchar` and `/`): unreserved, sub-delims,
 * `:` and `@`. Everything else, `%` included, is percent-encoded as UTF-8.
 */
const PATH_KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/

/**
 * Percent-encodes a site-internal path exactly once (RFC 3986): the path is taken as written on
 * disk, so a `%` in it is a character and becomes `%25`. `/tags/비용 최적화/` ->
 * `/tags/%EB%B9%84%EC%9A%A9%20%EC%B5%9C%EC%A0%81%ED%99%94/`; `R&D` stays `R&D` (XML escapes it).
 */
export function encodeUrlPath(path: string): string {
  let out = ''
  for (const char of path) {
    if (PATH_KEEP.test(char)) {
      out += char
      continue
    }
    // A lone surrogate is encoded as U+FFFD, as a browser would send it.
    for (const byte of UTF8.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * The absolute URL of a site-internal path (as written on disk, not yet encoded), percent-encoded
 * once, for feeds, sitemaps and metadata.
 */
export function absoluteUrl(path: string): string {
  return `${site.url}${encodeUrlPath(`${site.basePath}${path}`)}`
}
