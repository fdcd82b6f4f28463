/**
 * The reader services a site may switch on: giscus comments, an e-mail subscription and analytics.
 * Each is off until configured, in site.config.mjs (`comments`, `subscribe`, `analytics`) or by
 * environment variables; the environment wins. Off means no trace: nothing rendered, nothing
 * added to the Content-Security-Policy. A half-configured service stops the build with a message
 * naming the missing keys, rather than shipping a comment box that cannot load.
 */
import { site } from '../config'

export const GISCUS_KEYS = ['GISCUS_REPO', 'GISCUS_REPO_ID', 'GISCUS_CATEGORY', 'GISCUS_CATEGORY_ID'] as const
export const ANALYTICS_KEYS = ['ANALYTICS_SCRIPT_URL', 'ANALYTICS_SITE_ID'] as const
export const SUBSCRIBE_KEYS = ['SUBSCRIBE_FORM_URL', 'SUBSCRIBE_EMAIL'] as const
export type IntegrationKey =
  (typeof GISCUS_KEYS)[number] | (typeof ANALYTICS_KEYS)[number] | (typeof SUBSCRIBE_KEYS)[number]

/** Where giscus lives: its script, its frame and the stylesheet its script adds. */
export const GISCUS_ORIGIN = 'https://giscus.app'
export const GISCUS_CLIENT = `${GISCUS_ORIGIN}/client.js`

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
 * service the subscribe form posts to. Empty lists when all are off: the policy stays as it was.
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
