import { kramdownIdRule, type KramdownIdRule } from './heading-ids'
import { parse, stringify } from 'yaml'
import { readDefaultSets, type DefaultSet } from './front-matter-defaults'
import { AUTHOR_FIELDS } from '../../lib/schema/post-fields'

/** What the importer needs from a Jekyll `_config.yml`. */
export interface JekyllConfig {
  /** `url` + `baseurl`: the old site's address, whose absolute links point into the blog. */
  origin: string | null
  /** `timezone`, in which Jekyll read dates without an offset. */
  timeZone: string | null
  /** Whether pages without a permalink lived at `/<name>/` (`permalink: pretty` or a style ending in `/`), not `/<name>.html`. */
  prettyPages: boolean
  /** The posts' `permalink`: `collections: posts: permalink:`, else the site's; null for Jekyll's default `date` style. */
  postPermalink: string | null
  /** `defaults:`, which Jekyll merged under each file's own front matter (tools/jekyll/front-matter-defaults.ts). */
  defaults: DefaultSet[]
  /** jekyll-paginate's `paginate` (posts per page) and `paginate_path`, when the site paginated. */
  paginate: { perPage: number; path: string } | null
  /** `owner/name` of the site's own GitHub repository (`repository`, or worked out from a github.io `url`). */
  repository: string | null
  plugins: string[]
  authors: ImportedAuthor[]
  /** How kramdown named headings (`kramdown: auto_ids, input, auto_id_prefix`); null when it did not. */
  kramdownIds: KramdownIdRule | null
}

export interface ImportedAuthor {
  /** The key under `authors:`, also the file name `content/authors/<id>.yml`. */
  id: string
  /** Fields of the author schema (lib/schema/post-fields.ts), as text. */
  fields: Record<string, string>
  /** Keys that the schema has no place for, left out of the file. */
  dropped: string[]
  /** Values the importer had to change (an avatar path, a GitHub URL). */
  changes: string[]
  /** The author had no `name`; the id stands in for it until someone writes one. */
  nameMissing: boolean
}

export type ConfigResult = { ok: true; config: JekyllConfig } | { ok: false; problem: string }

const AUTHOR_ID = /^[A-Za-z0-9][\w.-]*$/

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

/** Names themes give author fields that the author schema has under another name. */
const FIELD_ALIASES: Record<string, string> = {
  username: 'github',
  github_username: 'github',
  linkedin_username: 'linkedin',
}

/** An author of `_config.yml` or `_data/authors.yml` (or a post's `author:` object), as the blog's author file. */
export function importAuthor(id: string, raw: unknown): ImportedAuthor {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const fields: Record<string, string> = {}
  const dropped: string[] = []
  const changes: string[] = []
  for (const [written, value] of Object.entries(source)) {
    const alias = FIELD_ALIASES[written]
    const key = alias !== undefined && source[alias] === undefined ? alias : written
    const text = asText(value)
    if (!Object.hasOwn(AUTHOR_FIELDS, key) || text === null) {
      if (key !== 'display_name') dropped.push(written)
      continue
    }
    fields[key] = text
    if (key !== written) changes.push(`${written}: ${text} → ${key}`)
  }
  const name = fields.name ?? asText(source.display_name)
  fields.name = name ?? id
  if (fields.avatar && !/^(https?:)?\/\//.test(fields.avatar) && !fields.avatar.startsWith('/')) {
    // Mundana writes `assets/images/x.jpg` and prefixes the base URL in templates.
    changes.push(`avatar: ${fields.avatar} → /${fields.avatar}`)
    fields.avatar = `/${fields.avatar}`
  }
  const github = fields.github && /^https?:\/\/(www\.)?github\.com\/([^/?#]+)\/?$/.exec(fields.github)
  if (github && fields.github) {
    changes.push(`github: ${fields.github} → ${github[2]}`)
    fields.github = github[2] ?? fields.github
  }
  return { id, fields, dropped, changes, nameMissing: name === null }
}

/**
 * Reads `url`, `baseurl`, `timezone` and the `authors:` map of a Jekyll `_config.yml`. Like Jekyll,
 * a repeated key keeps its last value. Author ids that cannot be file names are an error.
 */
export function readJekyllConfig(text: string): ConfigResult {
  let data: unknown
  try {
    data = parse(text.replace(/^\uFEFF/, ''), { uniqueKeys: false }) ?? {}
  } catch (error) {
    return { ok: false, problem: `YAML을 읽을 수 없습니다: ${(error as Error).message.split('\n')[0]}` }
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null)
    return { ok: false, problem: '설정이 "이름: 값" 목록이 아닙니다' }
  const config = data as Record<string, unknown>
  const url = asText(config.url)?.replace(/\/+$/, '') ?? null
  const baseurl = (asText(config.baseurl) ?? '').replace(/^\/*/, '/').replace(/\/+$/, '')
  const style = asText(config.permalink)
  // Jekyll gives the posts collection the site's style only when `collections: posts: permalink:` is
  // not set; a `permalink` of `defaults:` applies over either, as a post's own front matter does.
  const postPermalink = postsCollectionPermalink(config.collections) ?? style
  const perPage = typeof config.paginate === 'number' ? config.paginate : Number(asText(config.paginate) ?? NaN)
  const plugins = [
    ...(Array.isArray(config.plugins) ? config.plugins : []),
    ...(Array.isArray(config.gems) ? config.gems : []),
  ].filter((p): p is string => typeof p === 'string')
  const authorsMap = config.authors
  const authors: ImportedAuthor[] = []
  if (authorsMap !== undefined && authorsMap !== null) {
    if (typeof authorsMap !== 'object' || Array.isArray(authorsMap))
      return { ok: false, problem: 'authors:가 "id: { name, ... }" 목록이 아닙니다' }
    for (const [id, raw] of Object.entries(authorsMap as Record<string, unknown>)) {
      if (!AUTHOR_ID.test(id))
        return { ok: false, problem: `authors: "${id}"는 파일 이름으로 쓸 수 없는 id입니다 (영문, 숫자, -, _, .)` }
      authors.push(importAuthor(id, raw))
    }
  }
  return {
    ok: true,
    config: {
      origin: url === null ? null : `${url}${baseurl}`,
      timeZone: asText(config.timezone),
      prettyPages: style === 'pretty' || (style?.endsWith('/') ?? false),
      postPermalink,
      defaults: readDefaultSets(config.defaults),
      paginate:
        Number.isInteger(perPage) && perPage > 0
          ? { perPage, path: asText(config.paginate_path) ?? '/page:num/' }
          : null,
      repository: repositoryOf(asText(config.repository), url, baseurl),
      plugins,
      authors: authors.sort((a, b) => (a.id < b.id ? -1 : 1)),
      kramdownIds: kramdownIdRule(config),
    },
  }
}

/** `collections: posts: permalink:`, which Jekyll uses for posts before the site's `permalink`. */
function postsCollectionPermalink(collections: unknown): string | null {
  if (typeof collections !== 'object' || collections === null || Array.isArray(collections)) return null
  const posts = (collections as Record<string, unknown>).posts
  if (typeof posts !== 'object' || posts === null) return null
  return asText((posts as Record<string, unknown>).permalink)
}

/** `owner/name` from `repository:`, else from a GitHub Pages URL (`https://org.github.io` + `/repo` base URL). */
function repositoryOf(repository: string | null, url: string | null, baseurl: string): string | null {
  if (repository !== null && /^[\w.-]+\/[\w.-]+$/.test(repository)) return repository
  const pages = url === null ? null : /^https?:\/\/([\w-]+)\.github\.io$/i.exec(url)
  if (!pages?.[1]) return null
  const project = baseurl.replace(/^\//, '')
  return `${pages[1]}/${project === '' ? `${pages[1]}.github.io` : project}`
}

/** The `content/authors/<id>.yml` file of an author, fields in the schema's order. */
export function formatAuthorFile(author: ImportedAuthor): string {
  const ordered = Object.fromEntries(
    Object.keys(AUTHOR_FIELDS).flatMap((key) => (author.fields[key] === undefined ? [] : [[key, author.fields[key]]])),
  )
  return stringify(ordered, { lineWidth: 0 })
}

/**
 * The folder Jekyll reads the site from: `source:` in the `_config.yml` of the folder it runs in
 * (`source: src` keeps `_posts` in `src/`), else that folder. A `source` that is no folder of the
 * site is ignored, as the import cannot read outside it.
 */
export function jekyllSourceDir(siteDir: string, configText: string | null, isDir: (dir: string) => boolean): string {
  if (configText === null) return siteDir
  let source: unknown
  try {
    source = (parse(configText.replace(/^\uFEFF/, ''), { uniqueKeys: false }) as Record<string, unknown> | null)?.source
  } catch {
    return siteDir
  }
  if (typeof source !== 'string' || source.trim() === '') return siteDir
  const relative = source
    .trim()
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  if (relative === '' || relative === '.' || relative.startsWith('/') || relative.split('/').includes('..'))
    return siteDir
  const dir = `${siteDir.replace(/\/+$/, '')}/${relative}`
  return isDir(dir) ? dir : siteDir
}

/** `exclude:` and `include:` of a `_config.yml`, each less the other's entries, as Jekyll's EntryFilter applies them. */
function entryFilter(configText: string | null): { exclude: string[]; include: string[] } {
  if (configText === null) return { exclude: [], include: [] }
  try {
    const data = parse(configText.replace(/^\uFEFF/, ''), { uniqueKeys: false }) as Record<string, unknown> | null
    const strings = (value: unknown) =>
      Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^\/+|\/+$/g, ''))
        : []
    const include = strings(data?.include)
    const exclude = strings(data?.exclude)
    return {
      exclude: exclude.filter((item) => !include.includes(item)),
      include: include.filter((item) => !exclude.includes(item)),
    }
  } catch {
    return { exclude: [], include: [] }
  }
}

/** `exclude:` less `include:` of a `_config.yml`. */
export const jekyllExclude = (configText: string | null): string[] => entryFilter(configText).exclude

/** `include:` less `exclude:`: the entries Jekyll reads although their names start with `_`, `.` or `#` (`_pages`, `.well-known`). */
export const jekyllInclude = (configText: string | null): string[] => entryFilter(configText).include

/**
 * The gems of a Gemfile's `jekyll_plugins` group (`group :jekyll_plugins do`, or `group:
 * :jekyll_plugins` on the gem's line): Jekyll requires them through Bundler and they run as plugins
 * whether `_config.yml` lists them or not (Jekyll::PluginManager.require_from_bundler).
 */
export function gemfilePlugins(gemfile: string | null | undefined): string[] {
  if (!gemfile) return []
  const plugins: string[] = []
  // One entry per open block (`group ... do`, `platforms ... do`, `if`): whether it is the plugins group.
  const blocks: boolean[] = []
  const PLUGINS_GROUP = /(?::|["'])jekyll_plugins\b/
  for (const raw of gemfile.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === 'end') {
      blocks.pop()
      continue
    }
    const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line)
    if (gem?.[1] !== undefined) {
      if (blocks.includes(true) || /\bgroups?\s*(?::|=>)[^#]*jekyll_plugins/.test(gem[2] ?? '')) plugins.push(gem[1])
      continue
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line)) blocks.push(/^group\b/.test(line) && PLUGINS_GROUP.test(line))
    else if (/^(if|unless|case|begin|while|until)\b/.test(line)) blocks.push(false)
  }
  return [...new Set(plugins)]
}
