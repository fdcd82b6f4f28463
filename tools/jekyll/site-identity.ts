// The imported blog's identity, from its `_config.yml` into the new blog's one configuration file
// (site.config.mjs): its title, description, address, language and time zone, and the editions its
// posts' languages call for (tools/jekyll/editions.ts). The rest of the file (brand, links, reader
// services) is kept as it was.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import type { SiteConfigFile } from '../../lib/site-config'

export interface SiteIdentity {
  name?: string
  description?: string
  url?: string
  basePath?: string
  locale?: string
  timeZone?: string
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

/** What `_config.yml` says of the site (Jekyll's and jekyll-seo-tag's keys); absent keys stay absent. */
export function readSiteIdentity(configText: string): SiteIdentity {
  let data: unknown
  try {
    data = parse(configText.replace(/^\uFEFF/, ''), { uniqueKeys: false })
  } catch {
    return {}
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {}
  const config = data as Record<string, unknown>
  const identity: SiteIdentity = {}
  const name = text(config.title) ?? text(config.name)
  if (name) identity.name = name
  const description = text(config.description)
  if (description) identity.description = description.replace(/\s+/g, ' ')
  const url = text(config.url)
  if (url && /^https?:\/\/[^/]+/.test(url)) {
    const parsed = new URL(url)
    identity.url = parsed.origin
    // The old site's path: `baseurl`, or a path written into `url` itself.
    const base = (text(config.baseurl) ?? parsed.pathname).replace(/^\/*/, '/').replace(/\/+$/, '')
    identity.basePath = base === '/' ? '' : base
  }
  const lang = text(config.lang) ?? text(config.locale) ?? text(config.language)
  if (lang && /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(lang)) identity.locale = lang.replace(/_/g, '-')
  const timeZone = text(config.timezone)
  if (timeZone) identity.timeZone = timeZone
  return identity
}

/** The languages of the imported posts (ImportReport's `editions`): the first edition's, and each other's folder. */
export interface ImportedLanguages {
  site: string
  /** Where `site` came from (tools/jekyll/editions.ts `siteLocaleFrom`); absent: `_config.yml` or the posts. */
  from?: 'addresses' | 'config' | 'posts'
  editions: readonly { locale: string; path: string }[]
}

/**
 * The configuration with the identity applied; the old address also becomes one of the old origins.
 * The editions are the imported blog's alone: those `languages` names (each with the site's name and
 * description, which an author may translate), else none, whatever the configuration had before.
 */
export function withIdentity(
  current: SiteConfigFile,
  identity: SiteIdentity,
  languages: ImportedLanguages | null = null,
): SiteConfigFile {
  const origins = identity.url
    ? [...new Set([identity.url, identity.url.replace(/^https:/, 'http:'), ...current.legacyOrigins])]
    : [...current.legacyOrigins]
  const { editions: _previous, ...rest } = current
  const config: SiteConfigFile = { ...rest, ...identity, legacyOrigins: origins }
  if (languages === null || languages.editions.length === 0) return config
  // The first edition's language: what the old addresses said (a theme's `locale` in _config.yml may
  // not be the blog's), else _config.yml's, else the posts'.
  const locale = languages.from === 'addresses' ? languages.site : (identity.locale ?? languages.site)
  const editions = languages.editions.map(({ locale, path }) => ({
    locale,
    path,
    name: config.name,
    description: config.description,
  }))
  // `editions` right after `locale`, where a maintainer reads the languages together.
  const ordered: Record<string, unknown> = {}
  for (const [key, value] of Object.entries({ ...config, locale })) {
    ordered[key] = value
    if (key === 'locale') ordered.editions = editions
  }
  return ordered as unknown as SiteConfigFile
}

/** site.config.mjs's text for a configuration, typed by lib/site-config.ts (found from `file`'s folder). */
export function siteConfigText(config: SiteConfigFile, file: string, root: string): string {
  const types = path
    .relative(path.dirname(file), path.join(root, 'lib', 'site-config'))
    .split(path.sep)
    .join('/')
  return `// @ts-check
// The blog's configuration: the one file to edit to make this blog yours. Every field is described
// in lib/site-config.ts and in the README's Configuration section. Environment variables of the same
// meaning (SITE_URL, BASE_PATH, SITE_*, GISCUS_*, SUBSCRIBE_*, ANALYTICS_*) override it at build time.
// Its name, description, address, language and time zone came from the old Jekyll blog's _config.yml
// (npm run import:jekyll).

/** @type {import('${types.startsWith('.') ? types : `./${types}`}').SiteConfigFile} */
const siteConfig = ${JSON.stringify(config, null, 2)}

export default siteConfig
`
}

/** The configuration a site.config.mjs holds now. */
export async function readSiteConfig(file: string): Promise<SiteConfigFile> {
  // A query string so that a file rewritten in this process is read again, not from the module cache.
  const url = `${pathToFileURL(file).href}?read=${Date.now()}-${readFileSync(file).length}`
  return ((await import(url)) as { default: SiteConfigFile }).default
}
