/**
 * The names at the root of the export (`out/feed.xml`, `out/tags/`, `out/_next/`): a post or page
 * whose address is one of them would be written over it, or break the build late with an error
 * that names no post. They come from where they are made: the routes in app/, the files in
 * public/, the files the build writes itself, and the names Next.js keeps for its own use.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Where a reserved name comes from, in the words of the message an author reads. */
export type ReservedNames = ReadonlyMap<string, string>

/** Root files the build steps write besides Next's pages and public/ (pipeline/index.ts and its steps). */
const BUILD_WRITTEN = ['index.html', '404.html', '_headers', 'tags.html', 'categories.html', 'authors-list.html', 'og']

/**
 * Names Next.js uses in an export: its assets, the not-found and error routes, the RSC payload
 * files beside each page, and the `api` routes it never exports. Underscored names are refused
 * as a whole in lib/schema/validate-content.ts.
 */
const NEXT_NAMES = ['_next', '_not-found', '404', '500', 'index', 'index.txt', 'api']

/** Metadata route files of app/ and the file each one writes. */
const METADATA_ROUTES: Record<string, string> = {
  robots: 'robots.txt',
  sitemap: 'sitemap.xml',
  manifest: 'manifest.webmanifest',
}
const METADATA_IMAGES = /^(icon|apple-icon|favicon|opengraph-image|twitter-image)(\d*)\./

/** The routes of app/, used when app/ cannot be read (unit tests on fixtures). */
const KNOWN_ROUTES = [
  'page',
  'tags',
  'categories',
  'series',
  'authors',
  'archive',
  'search',
  'subscribe',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'search-index.json',
  'robots.txt',
  'sitemap.xml',
  'llms.txt',
  'katex',
  'icon.svg',
]

/** The root names the routes in `appDir` write: static folders (`tags`, `feed.xml`) and metadata files. */
export function appRootNames(appDir: string): string[] {
  let entries
  try {
    entries = readdirSync(appDir, { withFileTypes: true })
  } catch {
    return KNOWN_ROUTES
  }
  return entries.flatMap((entry) => {
    const name = entry.name
    // Dynamic segments, route groups, parallel routes and private folders are not names in the URL.
    if (entry.isDirectory()) return /^[[(@_]/.test(name) ? [] : [name]
    const base = name.replace(/\.(tsx?|jsx?)$/, '')
    if (base !== name && METADATA_ROUTES[base] !== undefined) return [METADATA_ROUTES[base]]
    if (METADATA_IMAGES.test(name)) return [name, base]
    return []
  })
}

/**
 * What the public folders put at the site's root that a page would collide with: every file, and
 * folders that hold an `index.html`. Other folders merge with a post's folder of the same name
 * (a post's own pictures beside its page), which is fine.
 */
export function publicRootNames(publicDirs: readonly string[]): string[] {
  return publicDirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((name) => {
        try {
          return !statSync(path.join(dir, name)).isDirectory() || existsSync(path.join(dir, name, 'index.html'))
        } catch {
          return false
        }
      })
    } catch {
      return []
    }
  })
}

/** Reserved root names, lower-cased, each with where it comes from (for the message). */
export function reservedRootNames(appDir = path.resolve('app'), publicDirs: readonly string[] = []): ReservedNames {
  const names = new Map<string, string>()
  const add = (list: readonly string[], origin: string) => {
    for (const name of list) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), origin)
  }
  add(NEXT_NAMES, 'Next.js가 쓰는 이름')
  add(BUILD_WRITTEN, '빌드가 만드는 파일')
  add(appRootNames(appDir), 'app/의 라우트')
  add(['assets'], '그림 폴더 public/assets')
  for (const dir of publicDirs) add(publicRootNames([dir]), `${path.relative(process.cwd(), dir) || '.'}/의 파일`)
  return names
}

/** The reserved names without reading the disk: Next's, the build's and the site's known routes. */
export const DEFAULT_RESERVED_NAMES: ReservedNames = new Map([
  ...NEXT_NAMES.map((name): [string, string] => [name, 'Next.js가 쓰는 이름']),
  ...BUILD_WRITTEN.map((name): [string, string] => [name, '빌드가 만드는 파일']),
  ...KNOWN_ROUTES.map((name): [string, string] => [name, 'app/의 라우트']),
  ['assets', '그림 폴더 public/assets'],
])
