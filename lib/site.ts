/**
 * The one place that knows what this blog is called, where it lives and how it counts.
 * `SITE_URL` and `BASE_PATH` override the URL and base path at build time, so the same commit
 * can be deployed at a domain root or under a GitHub Pages project path.
 */
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
}

export const POSTS_PER_PAGE = 10

/** Normalises a base path from the environment: '', '/', 'blog', '/blog/' -> '' or '/blog'. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '' : `/${trimmed}`
}

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

export const site: SiteConfig = {
  name: '메가존 웹서비스 부문 기술 블로그',
  description: '메가존 웹서비스 부문 엔지니어들이 클라우드, 쿠버네티스, 웹 개발 경험을 나누는 기술 블로그입니다.',
  url: normalizeSiteUrl(process.env.SITE_URL, 'https://megazonedsg.github.io'),
  basePath: normalizeBasePath(process.env.BASE_PATH),
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  legacyOrigins: ['https://megazonedsg.github.io', 'http://megazonedsg.github.io'],
  githubUrl: 'https://github.com/megazonedsg',
}

/** The language part of the locale, for `<html lang>`. */
export const siteLanguage = site.locale.split('-')[0] ?? 'ko'

/** A site-internal path with the base path in front: '/kubecon-1/' -> '/blog/kubecon-1/'. */
export function withBasePath(path: string): string {
  return `${site.basePath}${path}`
}

/** The absolute URL of a site-internal path, for feeds, sitemaps and metadata. */
export function absoluteUrl(path: string): string {
  return `${site.url}${site.basePath}${path}`
}
