/**
 * The reader services a site may switch on: giscus comments, an e-mail subscription, analytics and
 * KakaoTalk sharing. Each is off until configured, in site.config.mjs (`comments`, `subscribe`,
 * `analytics`, `share`) or by
 * environment variables; the environment wins. Off means no trace: nothing rendered, nothing
 * added to the Content-Security-Policy. A half-configured service stops the build with a message
 * naming the missing keys, rather than shipping a comment box that cannot load.
 */
import { site } from '../config'

export const GISCUS_KEYS = ['GISCUS_REPO', 'GISCUS_REPO_ID', 'GISCUS_CATEGORY', 'GISCUS_CATEGORY_ID'] as const
export const ANALYTICS_KEYS = ['ANALYTICS_SCRIPT_URL', 'ANALYTICS_SITE_ID'] as const
export const SUBSCRIBE_KEYS = ['SUBSCRIBE_FORM_URL', 'SUBSCRIBE_EMAIL'] as const
export const KAKAO_KEYS = ['KAKAO_JS_KEY'] as const
export type IntegrationKey =
  | (typeof GISCUS_KEYS)[number]
  | (typeof ANALYTICS_KEYS)[number]
  | (typeof SUBSCRIBE_KEYS)[number]
  | (typeof KAKAO_KEYS)[number]

/** Where giscus lives: its script, its frame and the stylesheet its script adds. */
export const GISCUS_ORIGIN = 'https://giscus.app'
export const GISCUS_CLIENT = `${GISCUS_ORIGIN}/client.js`

/**
 * Kakao's JavaScript SDK, pinned to one release with the integrity hash Kakao publishes for it
 * (developers.kakao.com, JavaScript, 다운로드), so the browser refuses any other file at that
 * address. To move to a newer release, take both values from that page, or hash the file:
 * `curl -s <url> | openssl dgst -sha384 -binary | openssl base64 -A`.
 */
export const KAKAO_SDK = {
  url: 'https://t1.kakaocdn.net/kakao_js_sdk/2.8.3/kakao.min.js',
  integrity: 'sha384-oroumrnFVE0xtgqyDZJARgERibXg2C28380uaUZz2kHDS5CR7tu20eGiOU6GkTpy',
  origin: 'https://t1.kakaocdn.net',
} as const

export interface KakaoSettings {
  /** The app's JavaScript key (카카오디벨로퍼스, 앱 키): public by design, it only works on the app's registered domains. */
  javaScriptKey: string
}

export interface GiscusSettings {
  /** `owner/name` of the repository whose Discussions hold the comments. */
  repo: string
  repoId: string
  category: string
  categoryId: string
}

export interface AnalyticsSettings {
  /** The script's absolute https URL; its origin is allowed in the policy for the script and its reports. */
  scriptUrl: string
  origin: string
  siteId: string
}

export interface SubscribeSettings {
  /** An https form endpoint (a form service): the subscribe page posts the reader's address there. */
  formUrl: string | null
  /** Otherwise a `mailto:` request to this address. */
  email: string | null
}

export interface Integrations {
  giscus: GiscusSettings | null
  analytics: AnalyticsSettings | null
  subscribe: SubscribeSettings
  kakao: KakaoSettings | null
}

type Source = Readonly<Record<string, string | undefined>>

function read(key: IntegrationKey, env: Source, config: Source): string {
  return (env[key] ?? config[key] ?? '').trim()
}

/** All of a group or none of it; a part is an error that names what is missing. */
function group<K extends string>(keys: readonly K[], env: Source, config: Source): Record<K, string> | null {
  const values = Object.fromEntries(keys.map((key) => [key, read(key as IntegrationKey, env, config)])) as Record<
    K,
    string
  >
  const missing = keys.filter((key) => values[key] === '')
  if (missing.length === keys.length) return null
  if (missing.length > 0) {
    throw new Error(
      `${keys.filter((key) => !missing.includes(key)).join(', ')}만 있고 ${missing.join(', ')}가 없습니다. 환경 변수나 site.config.mjs에 모두 쓰거나 모두 지우세요`,
    )
  }
  return values
}

function httpsUrl(key: IntegrationKey, value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${key}="${value}"는 절대 주소가 아닙니다 (예: https://stats.example.com/script.js)`)
  }
  if (url.protocol !== 'https:') throw new Error(`${key}="${value}"는 https:// 주소여야 합니다`)
  return url
}

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/
/** Kakao's app keys are 32 hexadecimal digits; a space, a quote or a cut-off paste is caught here. */
const KAKAO_KEY = /^[0-9a-f]{32}$/i
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/

/** Reads and checks the services from the environment and the site config. */
export function readIntegrations(env: Source, config: Source = {}): Integrations {
  const g = group(GISCUS_KEYS, env, config)
  if (g && !REPO.test(g.GISCUS_REPO))
    throw new Error(`GISCUS_REPO="${g.GISCUS_REPO}"는 owner/name 형식이어야 합니다 (예: example-org/blog-comments)`)
  const a = group(ANALYTICS_KEYS, env, config)
  const formUrl = read('SUBSCRIBE_FORM_URL', env, config)
  const email = read('SUBSCRIBE_EMAIL', env, config)
  if (formUrl !== '') httpsUrl('SUBSCRIBE_FORM_URL', formUrl)
  if (email !== '' && !EMAIL.test(email))
    throw new Error(`SUBSCRIBE_EMAIL="${email}"는 이메일 주소가 아닙니다 (예: blog@example.com)`)
  const kakaoKey = read('KAKAO_JS_KEY', env, config)
  if (kakaoKey !== '' && !KAKAO_KEY.test(kakaoKey))
    throw new Error(
      `KAKAO_JS_KEY="${kakaoKey}" (site.config.mjs의 share.kakaoJavaScriptKey)는 카카오디벨로퍼스 [앱 키]의 JavaScript 키(16진수 32자리)여야 합니다. 카카오톡 공유를 끄려면 빈 값으로 두세요`,
    )
  return {
    giscus: g && {
      repo: g.GISCUS_REPO,
      repoId: g.GISCUS_REPO_ID,
      category: g.GISCUS_CATEGORY,
      categoryId: g.GISCUS_CATEGORY_ID,
    },
    analytics: a && {
      scriptUrl: a.ANALYTICS_SCRIPT_URL,
      origin: httpsUrl('ANALYTICS_SCRIPT_URL', a.ANALYTICS_SCRIPT_URL).origin,
      siteId: a.ANALYTICS_SITE_ID,
    },
    subscribe: { formUrl: formUrl || null, email: email || null },
    kakao: kakaoKey === '' ? null : { javaScriptKey: kakaoKey },
  }
}

/** The build's services: this process's environment over lib/config.ts. */
export const integrations: Integrations = readIntegrations(process.env, site.integrations)

/** What giscus calls a thread: the post's site path, which survives a move to another host or base path. */
export function commentTerm(postPath: string): string {
  return postPath
}

/** Without JavaScript: the repository's Discussions, searched for the post's thread by its title (the term). */
export function discussionSearchUrl(giscus: Pick<GiscusSettings, 'repo'>, postPath: string): string {
  return `https://github.com/${giscus.repo}/discussions?discussions_q=${encodeURIComponent(`in:title ${commentTerm(postPath)}`)}`
}

/**
 * The origins the page policy (pipeline/stages/csp.ts) adds for the services that are on: giscus's script,
 * frame and the stylesheet its script inserts; the analytics script and where it reports; the form
 * service the subscribe form posts to; Kakao's SDK, which the share button loads when pressed. Empty
 * lists when all are off: the policy stays as it was.
 */
export interface PolicyAdditions {
  script: string[]
  frame: string[]
  style: string[]
  connect: string[]
  form: string[]
}

export function policyAdditions(services: Integrations): PolicyAdditions {
  const additions: PolicyAdditions = { script: [], frame: [], style: [], connect: [], form: [] }
  if (services.giscus) {
    additions.script.push(GISCUS_ORIGIN)
    additions.frame.push(GISCUS_ORIGIN)
    additions.style.push(GISCUS_ORIGIN)
  }
  if (services.analytics) {
    additions.script.push(services.analytics.origin)
    additions.connect.push(services.analytics.origin)
  }
  if (services.subscribe.formUrl) additions.form.push(new URL(services.subscribe.formUrl).origin)
  if (services.kakao) additions.script.push(KAKAO_SDK.origin)
  return additions
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * The analytics script as the build writes it into every page's head (pipeline/stages/page-runtime.ts):
 * deferred, so it never holds up reading. The site id goes in both attributes the common
 * privacy-respecting services read (`data-domain`, `data-website-id`).
 */
export function analyticsScriptTag(settings: AnalyticsSettings): string {
  const id = escapeAttribute(settings.siteId)
  return `<script defer="" src="${escapeAttribute(settings.scriptUrl)}" data-domain="${id}" data-website-id="${id}"></script>`
}
