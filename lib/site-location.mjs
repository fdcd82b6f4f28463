// @ts-check
// Where the site lives, decided once for every process that needs it: the pages and feeds
// (lib/config.ts), Next.js (next.config.js) and the preview server (scripts/serve.mjs), from
// site.config.mjs and the SITE_URL and BASE_PATH variables that override it. Plain
// JavaScript, because next.config.js and the server are loaded by Node without a TypeScript step.

/**
 * Normalises a base path from the environment: '', '/', 'blog', '/blog/' -> '' or '/blog'.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normalizeBasePath(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '' : `/${trimmed}`
}

/**
 * Normalises a site URL from the environment: drops a trailing slash, insists on http(s).
 * @param {string | undefined} raw
 * @param {string} fallback
 * @returns {string}
 */
export function normalizeSiteUrl(raw, fallback) {
  const value = (raw ?? '').trim()
  if (value === '') return fallback
  let parsed
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

/**
 * One rule for where the site lives: `SITE_URL` is the origin and `BASE_PATH` the path, because
 * Next.js must know the path to write links and only BASE_PATH reaches it. A SITE_URL that repeats
 * the base path (`https://example.com/blog` with `BASE_PATH=/blog`, what a deploy action may hand
 * over) is cut back to its origin, with a notice; any other path in SITE_URL is refused, naming both,
 * since it would put `/blog/blog/` or a path the pages do not know into every absolute URL.
 *
 * `root` is the site's own absolute address (origin and base path, no trailing slash): what
 * absolute links, feeds and the Markdown twins start with.
 *
 * @param {{ SITE_URL?: string | undefined; BASE_PATH?: string | undefined }} env
 * @param {{ url: string; basePath?: string }} configured the site.config.mjs values the environment overrides
 * @returns {{ url: string; basePath: string; root: string; notice: string | null }}
 */
export function resolveSiteLocation(env, configured) {
  const basePath = normalizeBasePath(env.BASE_PATH ?? configured.basePath)
  const full = normalizeSiteUrl(env.SITE_URL, configured.url)
  const origin = new URL(full).origin
  const urlPath = full.slice(origin.length)
  const at = (/** @type {string | null} */ notice) => ({ url: origin, basePath, root: `${origin}${basePath}`, notice })
  if (urlPath === '') return at(null)
  const both = `SITE_URL=${env.SITE_URL ?? ''}, BASE_PATH=${env.BASE_PATH ?? ''}`
  if (basePath !== '' && urlPath === basePath) {
    return at(
      `${both}: SITE_URL의 경로 ${urlPath}는 BASE_PATH와 같아 한 번만 씁니다. 주소는 ${origin}${basePath}/... 입니다 (SITE_URL=${origin}로 고치면 이 안내가 사라집니다)`,
    )
  }
  throw new Error(
    `${both}: SITE_URL에는 경로 없이 주소의 앞부분(${origin})만 쓰고, 경로 ${urlPath}는 BASE_PATH로 주세요. ` +
      `예: SITE_URL=${origin} BASE_PATH=${basePath || urlPath}`,
  )
}
