/**
 * A partial build: when only the bodies of some posts or pages changed since the export in out/,
 * Next renders just those documents (and the site-wide routes: feeds, search index, sitemap, home),
 * and every other file comes from out/ as it was.
 *
 * The rule that makes it safe: a page shows another document only through its card (title,
 * dates, authors, tags, series, summary, reading time, cover or the body's first picture...),
 * never its body. So the build keeps two fingerprints of every published document: `full` (everything, the body included) and
 * `card` (everything but the body and what only the document's own page shows: its HTML, text and
 * headings). A partial build is allowed only when the code, the configuration, every file of the
 * content folder that is not a post or a page, the set of published documents and every card are
 * exactly as in the build that wrote out/, and out/ itself is untouched since. Anything else, or
 * `FULL_BUILD=1`, builds everything.
 *
 * `npm run test:reproducible` proves the rule on the fixture site each time: a partial build after
 * one edited post writes the same bytes as a full build of the same content.
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { postSummary } from '../../lib/content/summary'
import { feedSummary } from '../../lib/site/feeds'
import { ANALYTICS_KEYS, GISCUS_KEYS, KAKAO_KEYS, SUBSCRIBE_KEYS } from '../../lib/site/integrations'
import { SITE_FONT_FILE } from '../stages/font-glyphs'

/** What changes a build's output besides the content: the code, its dependencies and the font subset. */
const CODE_DIRS = ['app', 'components', 'lib', 'pipeline', 'public']
const CODE_FILES = [
  'site.config.mjs',
  'next.config.js',
  'contentlayer.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // What npm actually installed, which a lockfile left unchanged by `npm install x` would not show.
  'node_modules/.package-lock.json',
  SITE_FONT_FILE,
]

/**
 * Environment variables that change what the pages show: their values are part of the site key.
 * partial-export.test.ts reads the code and fails for a variable it reads that is in neither list.
 */
export const OUTPUT_ENV: readonly string[] = [
  'SITE_URL',
  'BASE_PATH',
  'SITE_COMPANY',
  'SITE_SHORT_NAME',
  'SITE_ABOUT_URL',
  'SITE_CAREERS_URL',
  'SITE_CAREERS_TEXT',
  'SITE_ACCENT',
  'SITE_EDIT_URL',
  'SITE_FEED_ID_BASE',
  'SITE_EDITIONS',
  'BUILD_FUTURE',
  'PUBLIC_DIR',
  ...GISCUS_KEYS,
  ...SUBSCRIBE_KEYS,
  ...ANALYTICS_KEYS,
  ...KAKAO_KEYS,
]

/**
 * Environment variables that only steer the build (where things go, how many workers, which
 * clock): what they change is compared by other means (the published set, the content's and the
 * extra public files' bytes) or not at all.
 */
export const PLUMBING_ENV = new Set([
  'NODE_ENV',
  'BUILD_NOW',
  'BUILD_TIMINGS',
  'CLIENT_TEST_PORT',
  'CONTENT_DIR',
  'DIAGRAM_CACHE_DIR',
  // Set by the build itself for each edition's `next build` (docs/editions.md).
  'EDITION',
  'EXPORT_ONLY',
  'EXTRA_PUBLIC_DIR',
  'FULL_BUILD',
  'FUZZ_RUNS',
  'NEXT_BUILD_WORKERS',
  'NEXT_EXPORT_DIR',
  'NODE_OPTIONS',
  'OUT_DIR',
  'RENDER_CACHE_DIR',
  'RENDER_WORKERS',
  'SOCIAL_IMAGE_CACHE_DIR',
])

/** A published post or standalone page as the build reads it from Contentlayer (bodies not enumerable). */
export interface PrintedDocument {
  slug: string
  title: string
  description?: string | undefined
  body: { raw: string; html: string }
  plainText?: string
  _raw: { sourceFilePath: string }
}

export interface DocumentPrint {
  /** Everything about the document, its body included. */
  full: string
  /** What any other page may show of it. */
  card: string
}

export interface ExportManifest {
  version: 1
  /** The export folder it describes (absolute). */
  outDir: string
  /** The code, configuration and non-document content the export was built from. */
  site: string
  /** The export's files (paths and sizes) right after the build. */
  out: string
  /** Published documents by slug. */
  documents: Record<string, DocumentPrint>
}

export type ExportPlan = { mode: 'full'; reason: string } | { mode: 'partial'; changed: string[] }

const MANIFEST_VERSION = 1

function sha(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Fields only the document's own page shows (in a build the body fields are not enumerable, and left out anyway). */
const OWN_PAGE_FIELDS = new Set(['body', 'plainText', 'headings', 'renderKey'])

/** Both fingerprints of one document. The summaries are the ones cards and feeds show, computed the way they compute them. */
export function printDocument(document: PrintedDocument, isPost: boolean): DocumentPrint {
  const fields = JSON.stringify(document)
  const card = JSON.stringify(document, (key, value: unknown) => (OWN_PAGE_FIELDS.has(key) ? undefined : value))
  const summaries = isPost
    ? [
        postSummary(document),
        feedSummary({ description: document.description, plainText: () => document.plainText ?? '' }),
      ]
    : []
  return { full: sha(fields, document.body.raw), card: sha(card, ...summaries) }
}

/** Files under a folder, relative and sorted; [] when it does not exist. */
function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export interface SiteInputs {
  root: string
  contentDir: string
  /** Source files of every post and page, drafts included, relative to the content folder: compared one by one instead. */
  documentFiles: ReadonlySet<string>
  extraPublicDir: string | null
  env: Readonly<Record<string, string | undefined>>
}

/** One hash of everything a build's output depends on besides the published documents. */
export function siteKey(inputs: SiteInputs): string {
  const hash = createHash('sha256')
  const add = (label: string, file: string) => {
    const bytes = readFileSync(file)
    hash.update(`${label}\0${bytes.length}\0`).update(bytes)
  }
  const notTest = (name: string) => !/\.test\.tsx?$/.test(name)
  for (const dir of CODE_DIRS)
    for (const file of filesUnder(path.join(inputs.root, dir), notTest))
      add(`code:${dir}/${file}`, path.join(inputs.root, dir, file))
  for (const file of CODE_FILES) {
    const full = path.join(inputs.root, file)
    hash.update(`code:${file}\0`)
    if (existsSync(full)) add(`code:${file}`, full)
  }
  for (const file of filesUnder(inputs.contentDir))
    if (!inputs.documentFiles.has(file)) add(`content:${file}`, path.join(inputs.contentDir, file))
  if (inputs.extraPublicDir !== null)
    for (const file of filesUnder(inputs.extraPublicDir)) add(`extra:${file}`, path.join(inputs.extraPublicDir, file))
  for (const name of OUTPUT_ENV) {
    const value = inputs.env[name]
    if (value !== undefined) hash.update(`env:${name}=${value}\0`)
  }
  return hash.digest('hex')
}

/** The export's files by path and size: a file added, removed or rewritten to another length since the build changes it. */
export function outFingerprint(dir: string): string | null {
  if (!existsSync(dir)) return null
  const hash = createHash('sha256')
  for (const file of filesUnder(dir)) hash.update(`${file}\0${statSync(path.join(dir, file)).size}\0`)
  return hash.digest('hex')
}

const LISTED = 3

function listed(slugs: readonly string[]): string {
  return `${slugs.slice(0, LISTED).join(', ')}${slugs.length > LISTED ? ` 외 ${slugs.length - LISTED}개` : ''}`
}

/** Whether this build may render only some documents, and which; or why it renders everything. */
export function planExport(
  previous: ExportManifest | null,
  current: Omit<ExportManifest, 'version' | 'out' | 'outDir'> & { out: string | null },
  forceFull = false,
): ExportPlan {
  if (forceFull) return { mode: 'full', reason: 'FULL_BUILD=1' }
  if (previous === null || previous.version !== MANIFEST_VERSION)
    return { mode: 'full', reason: '이전 빌드의 기록이 없습니다' }
  if (current.out === null || previous.out !== current.out)
    return { mode: 'full', reason: '내보낸 폴더가 없거나 이전 빌드 뒤에 바뀌었습니다' }
  if (previous.site !== current.site)
    return { mode: 'full', reason: '코드, 설정, 환경 변수 또는 글이 아닌 콘텐츠 파일이 바뀌었습니다' }
  const before = Object.keys(previous.documents)
  const now = Object.keys(current.documents)
  const added = now.filter((slug) => !(slug in previous.documents))
  const removed = before.filter((slug) => !(slug in current.documents))
  if (added.length > 0 || removed.length > 0)
    return {
      mode: 'full',
      reason: `발행된 글이나 페이지가 ${[added.length > 0 ? `늘었습니다 (${listed(added)})` : '', removed.length > 0 ? `빠졌습니다 (${listed(removed)})` : ''].filter(Boolean).join(', ')}`,
    }
  const recarded = now.filter((slug) => previous.documents[slug]?.card !== current.documents[slug]?.card)
  if (recarded.length > 0)
    return {
      mode: 'full',
      reason: `목록, 피드 또는 다른 글에 보이는 내용(제목, 날짜, 태그, 요약 등)이 바뀐 글: ${listed(recarded)}`,
    }
  return {
    mode: 'partial',
    changed: now.filter((slug) => previous.documents[slug]?.full !== current.documents[slug]?.full),
  }
}

/** Where export manifests are kept (outside the export: nothing of them is deployed). */
export const MANIFEST_DIR = path.join('.cache', 'exports')

/** Where the manifest of the export in `outDir` is kept. */
export function manifestFile(outDir: string, root = process.cwd()): string {
  return path.join(root, MANIFEST_DIR, `${sha(path.resolve(outDir)).slice(0, 16)}.json`)
}

export function readManifest(file: string): ExportManifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ExportManifest
  } catch {
    return null
  }
}

/**
 * Written whole, then renamed: an interrupted write leaves the old manifest or none, never half of
 * one. The manifests of export folders that no longer exist (a test's, a removed checkout's) go.
 */
export function writeManifest(file: string, manifest: Omit<ExportManifest, 'version'>): void {
  const dir = path.dirname(file)
  mkdirSync(dir, { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, `${JSON.stringify({ version: MANIFEST_VERSION, ...manifest })}\n`)
  renameSync(partial, file)
  for (const name of readdirSync(dir)) {
    const other = path.join(dir, name)
    if (other === file || !name.endsWith('.json')) continue
    const described = readManifest(other)?.outDir
    if (typeof described !== 'string' || !existsSync(described)) rmSync(other, { force: true })
  }
}

/**
 * Completes a partial export with every file of the previous one it did not write again. Hard
 * links where the two folders share a file system (nothing writes to the merged folder after
 * this, and the old one is deleted when the new one takes its place), copies elsewhere.
 * Returns how many files came from the previous export.
 */
export function fillFromPrevious(previousDir: string, exportDir: string): number {
  let filled = 0
  for (const file of filesUnder(previousDir)) {
    const target = path.join(exportDir, file)
    if (existsSync(target)) continue
    mkdirSync(path.dirname(target), { recursive: true })
    try {
      linkSync(path.join(previousDir, file), target)
    } catch {
      copyFileSync(path.join(previousDir, file), target)
    }
    filled += 1
  }
  return filled
}
