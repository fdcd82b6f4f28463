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
 * Normalises a site URL: drops a trailing slash, insists on http(s). `name` says where the value was
 * written (`SITE_URL`, or `site.config.mjs의 url`), so the message points at it.
 * @param {string | undefined} raw
 * @param {string} fallback what an empty `raw` stands for
 * @param {string} [name]
 * @returns {string}
 */
export function normalizeSiteUrl(raw, fallback, name = 'SITE_URL') {
  const value = (raw ?? '').trim()
  if (value === '') {
    if (fallback === '')
      throw new Error(`${name}가 비어 있습니다. 사이트의 주소를 쓰세요 (예: https://blog.example.com)`)
    return fallback
  }
  let parsed
  try {
    parsed = new URL(value)
  } catch {
    throw new Error(
      `${name} "${value}"는 절대 주소가 아닙니다. https://로 시작하는 주소를 쓰세요 (예: https://blog.example.com)`,
    )
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${name} "${value}"는 https:// 나 http://로 시작해야 합니다 (예: https://blog.example.com)`)
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
 * With `EDITION` (the language of one of site.config.mjs's `editions`, which the build sets for that
 * edition's `next build`), `basePath` and `root` end in the edition's folder (`/blog/en`), while
 * `siteBasePath` stays the site's own (`/blog`).
 *
 * @param {{ SITE_URL?: string | undefined; BASE_PATH?: string | undefined; EDITION?: string | undefined; SITE_EDITIONS?: string | undefined }} env
 * @param {{ url: string; basePath?: string; editions?: readonly { locale: string; path: string }[] }} configured the site.config.mjs values the environment overrides
 * @returns {{ url: string; basePath: string; siteBasePath: string; root: string; notice: string | null }}
 */
export function resolveSiteLocation(env, configured) {
  const siteBasePath = normalizeBasePath(env.BASE_PATH ?? configured.basePath)
  const basePath = `${siteBasePath}${editionFolder(env.EDITION, { editions: configuredEditions(env, configured) })}`
  const fromFile = (env.SITE_URL ?? '').trim() === ''
  const full = fromFile
    ? normalizeSiteUrl(configured.url, '', 'site.config.mjs의 url')
    : normalizeSiteUrl(env.SITE_URL, '', 'SITE_URL')
  const origin = new URL(full).origin
  const urlPath = full.slice(origin.length)
  const at = (/** @type {string | null} */ notice) => ({
    url: origin,
    basePath,
    siteBasePath,
    root: `${origin}${basePath}`,
    notice,
  })
  if (urlPath === '') return at(null)
  const both = `SITE_URL=${env.SITE_URL ?? ''}, BASE_PATH=${env.BASE_PATH ?? ''}`
  if (siteBasePath !== '' && urlPath === siteBasePath) {
    return at(
      `${both}: SITE_URL의 경로 ${urlPath}는 BASE_PATH와 같아 한 번만 씁니다. 주소는 ${origin}${basePath}/... 입니다 (SITE_URL=${origin}로 고치면 이 안내가 사라집니다)`,
    )
  }
  throw new Error(
    `${both}: SITE_URL에는 경로 없이 주소의 앞부분(${origin})만 쓰고, 경로 ${urlPath}는 BASE_PATH로 주세요. ` +
      `예: SITE_URL=${origin} BASE_PATH=${siteBasePath || urlPath}`,
  )
}

/**
 * The language a locale names, as a post's `lang` and the EDITION variable write it: 'en-US' -> 'en'.
 * @param {string} locale
 * @returns {string}
 */
export function languageOf(locale) {
  return (locale.split('-')[0] ?? '').toLowerCase()
}

/**
 * The folder of the edition whose language is `language`: '' for none (the first edition, at the
 * site's root), '/en' for `editions: [{ locale: 'en-US', path: 'en', ... }]`.
 * @param {string | undefined} language
 * @param {{ editions?: readonly { locale: string; path: string }[] }} configured
 * @returns {string}
 */
export function editionFolder(language, configured) {
  if (language === undefined || language === '') return ''
  const edition = (configured.editions ?? []).find((candidate) => languageOf(candidate.locale) === language)
  if (edition === undefined)
    throw new Error(`EDITION=${language}: site.config.mjs의 editions에 언어가 ${language}인 판이 없습니다`)
  return normalizeBasePath(edition.path)
}

/**
 * The other editions: SITE_EDITIONS (site.config.mjs's `editions` as JSON, for a build of the same
 * code in other languages; `[]` for none) when set, else the file's. Throws a Korean message on
 * JSON that is not a list of editions.
 * @param {{ SITE_EDITIONS?: string | undefined }} env
 * @param {{ editions?: readonly { locale: string; path: string }[] }} configured
 * @returns {readonly any[]}
 */
export function configuredEditions(env, configured) {
  const raw = env.SITE_EDITIONS
  if (raw === undefined) return configured.editions ?? []
  /** @type {unknown} */
  let parsed = null
  try {
    parsed = raw.trim() === '' ? [] : JSON.parse(raw)
  } catch {
    parsed = null
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        ['locale', 'path', 'name', 'description'].every((key) => typeof entry[key] === 'string'),
    )
  if (!valid)
    throw new Error(
      'SITE_EDITIONS는 판의 JSON 목록이어야 합니다 (예: [{"locale":"en-US","path":"en","name":"Blog","description":"…"}])',
    )
  return /** @type {any[]} */ (parsed)
}
