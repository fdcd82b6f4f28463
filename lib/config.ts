/**
 * The site's settings as the code uses them: site.config.mjs (the one file a maintainer edits),
 * with the environment's overrides applied and every value checked. `SITE_URL` and `BASE_PATH`
 * override the URL and base path at build time, so the same commit can be deployed at a domain root
 * or under a GitHub Pages project path.
 */
import siteConfig from '../site.config.mjs'
import { resolveBrand, SAFE_BRAND_DEFAULTS, type Brand } from './brand'
import type { SiteConfigFile } from './site-config'
import { hasMessages, MESSAGES } from './i18n/messages'
import { configuredEditions, editionFolder, languageOf, resolveSiteLocation } from './site-location.mjs'

/** The fields of site.config.mjs (lib/site-config.ts), with the URL and base path as the environment left them. */
export interface SiteConfig extends Pick<
  SiteConfigFile,
  'name' | 'description' | 'locale' | 'timeZone' | 'legacyOrigins'
> {
  /** Absolute origin without a trailing slash, e.g. https://blog.example.com */
  url: string
  /** '' at a domain root, or '/repo' under a project path: leading slash, no trailing slash. */
  basePath: string
  /** The organisation's GitHub page in the footer; '' for none. */
  githubUrl: string
  /** The repository's edit address up to the branch (a post links to its file there); '' for none. */
  editUrl: string
  /**
   * Reader services from site.config.mjs, by the names of the environment variables that win over
   * them (lib/site/integrations.ts): comments (GISCUS_REPO, GISCUS_REPO_ID, GISCUS_CATEGORY,
   * GISCUS_CATEGORY_ID), e-mail subscription (SUBSCRIBE_FORM_URL or SUBSCRIBE_EMAIL), analytics
   * (ANALYTICS_SCRIPT_URL, ANALYTICS_SITE_ID) and KakaoTalk sharing (KAKAO_JS_KEY).
   */
  integrations: Readonly<Record<string, string>>
  /** The company: wordmark, about and careers links, accent colour (lib/brand.ts, SITE_* variables). */
  brand: Brand
}

export const POSTS_PER_PAGE = 10

export {
  languageOf,
  normalizeBasePath,
  normalizeSiteUrl,
  resolveSiteLocation,
  type SiteLocation,
} from './site-location.mjs'

/** One language of the blog: the first at the site's root, each other under its folder (docs/editions.md). */
export interface Edition {
  /** What a post's `lang` writes for it: 'ko', 'en'. */
  language: string
  /** BCP 47, e.g. 'en-US'. */
  locale: string
  /** '' for the first edition, else its folder under the site's root ('en'). */
  path: string
  name: string
  description: string
  /** The brand's words in this language (company, shortName, careersText), where they differ. */
  brand: Partial<Pick<Brand, 'company' | 'shortName' | 'careersText'>>
}

/** An http(s) address without a trailing slash, or '' (no edit links). */
function checkEditUrl(raw: string): string {
  const value = raw.trim().replace(/\/+$/, '')
  if (value === '') return ''
  if (!/^https?:\/\/[^/]+\/\S+$/.test(value))
    throw new Error(
      `SITE_EDIT_URL "${raw}" (site.config.mjs의 links.edit): 저장소의 편집 주소를 브랜치까지 쓰세요 (예: https://github.com/org/blog/edit/main). 링크를 빼려면 빈 값으로 두세요`,
    )
  return value
}

/** The services of site.config.mjs under the names of the variables that override them. */
function configuredIntegrations(): Record<string, string> {
  const { comments, analytics, subscribe, share } = siteConfig
  return {
    ...(comments && {
      GISCUS_REPO: comments.repo,
      GISCUS_REPO_ID: comments.repoId,
      GISCUS_CATEGORY: comments.category,
      GISCUS_CATEGORY_ID: comments.categoryId,
    }),
    ...(analytics && { ANALYTICS_SCRIPT_URL: analytics.scriptUrl, ANALYTICS_SITE_ID: analytics.siteId }),
    SUBSCRIBE_FORM_URL: subscribe.formUrl,
    SUBSCRIBE_EMAIL: subscribe.email,
    KAKAO_JS_KEY: share?.kakaoJavaScriptKey ?? '',
  }
}
/** A configured value that cannot be used: an environment variable's, or a field's of site.config.mjs. */
export interface ConfigProblem {
  /** The variable (`SITE_ACCENT`) or, with `file`, the field (`brand.accent`). */
  variable: string
  message: string
  /** `site.config.mjs` when the value was written there; absent for the environment. */
  file?: string
}

/**
 * Configuration that cannot be used, from the environment or site.config.mjs, each naming where it
 * was written. Such a value used to end every command that loads this module with a stack trace;
 * now this module falls back to a value that works and `npm run check` (the build's first stage)
 * and `npm run dev` report each one, so nothing is built with a value the maintainer did not mean.
 */
export const configProblems: ConfigProblem[] = []

/** Files the problem a resolver threw under the variable or site.config.mjs field its message starts with. */
function recordProblem(error: unknown): void {
  const message = (error as Error).message
  if (configProblems.some((problem) => problem.message === message)) return
  const field = /^site\.config\.mjs의 ([\w.]+)/.exec(message)?.[1]
  configProblems.push(
    field !== undefined
      ? { variable: field, message, file: 'site.config.mjs' }
      : { variable: /^(SITE_[A-Z_]+|BASE_PATH)\b/.exec(message)?.[1] ?? 'SITE_URL', message },
  )
}

/** The first of `resolvers` that works; each failure before it is recorded. The last must not fail. */
function firstWorking<T>(...resolvers: (() => T)[]): T {
  for (const resolve of resolvers.slice(0, -1)) {
    try {
      return resolve()
    } catch (error) {
      recordProblem(error)
    }
  }
  return resolvers[resolvers.length - 1]!()
}

/** `resolve()`, or `fallback()` with the problem recorded. */
function orDefault<T>(resolve: () => T, fallback: () => T): T {
  return firstWorking(resolve, fallback)
}

/** Where the site lives when neither the environment nor site.config.mjs gives a usable address. */
const PLACEHOLDER_LOCATION = { url: 'http://localhost', basePath: '' }

/** How to give the interface a language it has no words for. */
const MISSING_TABLE_FIX = (language: string) =>
  `lib/i18n/messages.ts에 ${language} 표를 더하세요 (지금 있는 표: ${Object.keys(MESSAGES).join(', ')})`

/** Whether an edition's folder is a single safe path segment that no page of the blog takes. */
const EDITION_PATH = /^[a-z0-9][a-z0-9-]*$/

/**
 * The blog's editions, the first being site.config.mjs's own `locale`, `name` and `description`.
 * An edition that cannot be used (a folder with `/`, a language twice) is reported and left out.
 */
export const editions: readonly Edition[] = (() => {
  const first: Edition = {
    language: languageOf(siteConfig.locale),
    locale: siteConfig.locale,
    path: '',
    name: siteConfig.name,
    description: siteConfig.description,
    brand: {},
  }
  if (!hasMessages(first.language))
    recordProblem(
      new Error(
        `site.config.mjs의 locale "${siteConfig.locale}": 언어 ${first.language}의 화면 문구 표가 없어 메뉴와 안내가 한국어로 보입니다. ${MISSING_TABLE_FIX(first.language)}`,
      ),
    )
  const all = [first]
  const fromEnv = process.env.SITE_EDITIONS
  const configured = orDefault(
    () => configuredEditions({ SITE_EDITIONS: fromEnv }, siteConfig),
    () => [],
  )
  for (const [index, entry] of configured.entries()) {
    const language = languageOf(entry.locale)
    const field = fromEnv !== undefined ? `SITE_EDITIONS의 ${index}번째 판` : `site.config.mjs의 editions[${index}]`
    if (!/^[a-z]{2,3}$/.test(language))
      recordProblem(new Error(`${field}.locale "${entry.locale}": 'en-US'처럼 언어로 시작하는 locale을 쓰세요`))
    else if (all.some((edition) => edition.language === language))
      recordProblem(new Error(`${field}.locale "${entry.locale}": 언어 ${language}의 판이 이미 있습니다`))
    else if (!hasMessages(language))
      recordProblem(
        new Error(
          `${field}.locale "${entry.locale}": 언어 ${language}의 화면 문구 표가 없어 이 판을 만들지 않습니다. ${MISSING_TABLE_FIX(language)}`,
        ),
      )
    else if (!EDITION_PATH.test(entry.path) || all.some((edition) => edition.path === entry.path))
      recordProblem(
        new Error(`${field}.path "${entry.path}": 다른 판과 겹치지 않는 폴더 이름 하나를 소문자로 쓰세요 (예: en)`),
      )
    else
      all.push({
        language,
        locale: entry.locale,
        path: entry.path,
        name: entry.name,
        description: entry.description,
        brand: entry.brand ?? {},
      })
  }
  return all
})()

/** The edition a post belongs to: the one its `lang` names, else the first. */
export function editionOfLanguage(lang: string | undefined, among: readonly Edition[] = editions): Edition {
  const language = lang === undefined ? '' : languageOf(lang)
  return among.find((edition) => edition.language === language) ?? among[0]!
}

/**
 * The edition this process renders: the build sets EDITION for each edition's `next build`; every
 * other command works on the first.
 */
export const edition: Edition = orDefault(
  () => {
    const language = process.env.EDITION
    if (language === undefined || language === '') return editions[0]!
    const found = editions.find((candidate) => candidate.language === language)
    if (found === undefined) throw new Error(`EDITION=${language}: site.config.mjs의 editions에 이 언어가 없습니다`)
    return found
  },
  () => editions[0]!,
)

const location = firstWorking(
  () =>
    resolveSiteLocation(
      { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH, EDITION: edition.path && edition.language },
      { ...siteConfig, editions },
    ),
  () => resolveSiteLocation({}, siteConfig),
  () => resolveSiteLocation({}, PLACEHOLDER_LOCATION),
)
/**
 * Where feed ids start (lib/site/feeds.ts): SITE_FEED_ID_BASE or site.config.mjs's feedIdBase, else
 * the address site.config.mjs itself gives. Unlike siteRoot it does not follow SITE_URL and
 * BASE_PATH, so a deploy at another address keeps every post's id.
 */
export const feedIdRoot =
  firstWorking(
    () => resolveFeedIdRoot(process.env.SITE_FEED_ID_BASE ?? siteConfig.feedIdBase, siteConfig),
    () => resolveSiteLocation({}, siteConfig).root,
    () => resolveSiteLocation({}, PLACEHOLDER_LOCATION).root,
  ) + editionFolder(edition.path && edition.language, { editions })

/**
 * The feed-id root from SITE_FEED_ID_BASE or feedIdBase (`raw`), without a trailing slash; when empty,
 * the address `configured` (site.config.mjs) gives, environment aside.
 */
export function resolveFeedIdRoot(raw: string | undefined, configured: { url: string; basePath?: string }): string {
  const value = (raw ?? '').trim()
  if (value === '') return resolveSiteLocation({}, configured).root
  let parsed: URL | null = null
  try {
    parsed = new URL(value)
  } catch {
    parsed = null
  }
  if (parsed === null || !/^https?:$/.test(parsed.protocol) || parsed.search !== '' || parsed.hash !== '')
    throw new Error(
      `SITE_FEED_ID_BASE "${value}" (site.config.mjs의 feedIdBase): 피드가 처음 글 id를 만든 주소를 https://로 시작하는 전체 주소로 쓰세요 (예: https://blog.example.com/blog). 비우면 site.config.mjs의 url과 basePath입니다`,
    )
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`
}

/** The build prints this once (pipeline/index.ts); every process reads the same corrected values. */
export const siteLocationNotice = location.notice

/**
 * The site's own absolute address, origin and base path without a trailing slash
 * (`https://example.com/blog`): what absolute links, feeds and Markdown twins start with.
 */
export const siteRoot = location.root

export const site: SiteConfig = {
  name: edition.name,
  description: edition.description,
  url: location.url,
  basePath: location.basePath,
  locale: edition.locale,
  timeZone: siteConfig.timeZone,
  legacyOrigins: siteConfig.legacyOrigins,
  githubUrl: siteConfig.links.github,
  editUrl: orDefault(
    () => checkEditUrl(process.env.SITE_EDIT_URL ?? siteConfig.links.edit),
    () => '',
  ),
  integrations: configuredIntegrations(),
  brand: withEditionBrand(
    firstWorking(
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
      () => resolveBrand({}, SAFE_BRAND_DEFAULTS),
    ),
  ),
}

/** The brand with this edition's words (the first edition's are the brand's own). */
function withEditionBrand(brand: Brand): Brand {
  return { ...brand, ...edition.brand }
}

/** The language part of the locale, for `<html lang>`. */
export const siteLanguage = edition.language

/** The site's own base path, whatever the edition ('' or '/blog'). */
export const siteBasePath = location.siteBasePath

/**
 * The site's own absolute address whatever the edition (`https://example.com/blog`): what a site
 * path written in a post is read from (`/en/kubecon-2/` is the English post from any post).
 */
export const siteWideRoot = `${location.url}${location.siteBasePath}`

/**
 * The absolute URL of `path` (site-internal, not yet encoded) in another edition, e.g. a post's
 * translation: `editionUrl(en, '/kubecon-1/')` -> `https://example.com/en/kubecon-1/`.
 */
export function editionUrl(target: Edition, path: string): string {
  return `${site.url}${encodeUrlPath(`${siteBasePath}${target.path === '' ? '' : `/${target.path}`}${path}`)}`
}

/** The same, as a path from the host's root (with the base path), for links between editions. */
export function editionHref(target: Edition, path: string): string {
  return `${siteBasePath}${target.path === '' ? '' : `/${target.path}`}${path}`
}

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
 * A post's feed id when it kept none from an old blog: feedIdRoot and its path, percent-encoded like
 * absoluteUrl. The same as the post's URL until the blog moves; after a move it stays what it was.
 */
export function feedIdOf(path: string): string {
  return `${feedIdRoot}${encodeUrlPath(path)}`
}

/**
 * The absolute URL of a site-internal path (as written on disk, not yet encoded), percent-encoded
 * once, for feeds, sitemaps and metadata.
 */
export function absoluteUrl(path: string): string {
  return `${site.url}${encodeUrlPath(`${site.basePath}${path}`)}`
}
