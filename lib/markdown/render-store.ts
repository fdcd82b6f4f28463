/**
 * One Markdown render per post per build. `npm run check` renders every post (in worker threads,
 * where a runaway post cannot take the build down) and keeps each result here; Contentlayer then
 * takes the HTML and plain text from here instead of rendering the post again, and the next build
 * renders only what changed.
 *
 * An entry is found by a hash of everything its HTML depends on:
 * - the post file's whole text, and for a post kept as a folder (lib/schema/bundles.ts) the slug its
 *   files are published under;
 * - the pipeline: every source file of lib/markdown and lib/schema, the old blog's origins (the one
 *   setting rendering reads: not the URL or base path, which pages add when they are made), the
 *   folders served at the site root, and the locked versions of every package (package-lock.json);
 * - the site's own pictures the post shows: each entry lists the files rehypeImageSize measured
 *   or looked for, with their size and modification time, and is not used when one changed
 *   (a resized picture gets its new width and height).
 *
 * Entries are JSON files in `.cache/render/` (RENDER_CACHE_DIR); `pruneRenderStore` removes those
 * no current post uses.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { site } from '../config'
import type { PostBundle } from '../schema/bundles'
import { publicDirs } from '../schema/content-sources'
import { KEPT_FILES, writeWhole } from './kept-files'

/** A file the render read (a picture measured) or looked for (a picture not there): its stamp then. */
export interface RenderDependency {
  file: string
  /** `size:mtimeMs`, or `absent`. */
  stamp: string
}

/** What a render records about itself on its file (the VFile's data), beside the HTML. */
export interface RenderData {
  /** The folder a post is kept in with its files, when it is one (lib/schema/bundles.ts); set before the render. */
  bundle?: PostBundle | null
  renderDependencies?: RenderDependency[]
  plainText?: string
}

export interface StoredRender {
  html: string
  plainText: string
  /** The ids of the HTML, for the link check's #anchors. */
  ids: string[]
  dependencies: RenderDependency[]
}

/** The stamp of a file now: what a dependency compares. */
export function fileStamp(file: string): string {
  try {
    const stat = statSync(file)
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : 'absent'
  } catch {
    return 'absent'
  }
}

const PIPELINE_SOURCES = ['lib/markdown', 'lib/schema']

/**
 * The repository: the nearest folder holding this pipeline, up from this file (where tsx runs it)
 * or else up from the working folder (Contentlayer runs a bundled copy of it from inside the
 * repository). `npm run check` may run from an author's folder elsewhere.
 */
function repositoryRoot(): string {
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, 'lib', 'markdown', 'render-store.ts'))) return dir
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(`lib/markdown/render-store.ts를 ${starts.join(', ')}에서 위로 찾지 못했습니다`)
}

let fingerprint: string | null = null

/** Changes whenever the pipeline's code, its packages or the settings it reads change. */
export function pipelineFingerprint(): string {
  if (fingerprint !== null) return fingerprint
  const hash = createHash('sha256')
  const root = repositoryRoot()
  for (const folder of PIPELINE_SOURCES) {
    const dir = path.join(root, folder)
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ts|mjs)$/.test(name) || /\.test\.ts$/.test(name)) continue
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(dir, name)))
    }
  }
  // A copy of the project without its lockfile (a test's) hashes what npm installed instead.
  const lockfile = ['package-lock.json', 'node_modules/.package-lock.json']
    .map((name) => path.join(root, name))
    .find((file) => existsSync(file))
  if (lockfile) hash.update(readFileSync(lockfile))
  hash.update(JSON.stringify({ legacyOrigins: site.legacyOrigins }))
  fingerprint = hash.digest('hex')
  return fingerprint
}

export function renderStoreDir(): string {
  return path.resolve(process.env.RENDER_CACHE_DIR ?? path.join(repositoryRoot(), '.cache', 'render'))
}

/** The name of a post text's entry (and of its folder's, for a post kept as one). */
export function renderKey(text: string, bundle: PostBundle | null = null): string {
  const hash = createHash('sha256')
    .update(pipelineFingerprint())
    .update(`\0${publicDirs().join('\0')}\0`)
    .update(text)
  // The slug names the files' addresses; which files, and their sizes, are the entry's dependencies. The
  // folder's place is left out, so the same post in another copy of the content has the same key (a
  // partial build after a build of a copy, npm run test:reproducible).
  if (bundle !== null) hash.update(`\0bundle\0${bundle.slug}`)
  return hash.digest('hex')
}

/**
 * The entry stored under a key, as it is, or null when there is none: how pages read the HTML of a
 * post whose Contentlayer document names the key (lib/content). Freshness is the build's business:
 * it checks and renders first, and keys Contentlayer's cache by the pipeline (pipeline/incremental/contentlayer-cache.ts).
 */
export function readRenderByKey(key: string, dir = renderStoreDir()): StoredRender | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as StoredRender
  } catch {
    return null
  }
}

/** The stored render of this exact text, unless a file it depends on has changed since. */
export function readStoredRender(
  text: string,
  dir = renderStoreDir(),
  bundle: PostBundle | null = null,
): StoredRender | null {
  let entry: StoredRender
  try {
    entry = JSON.parse(readFileSync(path.join(dir, `${renderKey(text, bundle)}.json`), 'utf8')) as StoredRender
  } catch {
    return null
  }
  return entry.dependencies.every((dependency) => fileStamp(dependency.file) === dependency.stamp) ? entry : null
}

/** How many of these keys have no stored render yet (by name only: a cheap look before a build decides its order). */
export function countUnrendered(keys: readonly string[], dir = renderStoreDir()): number {
  return keys.filter((key) => !existsSync(path.join(dir, `${key}.json`))).length
}

/** Keeps a render (written whole, then renamed: a reader never sees half an entry). */
export function storeRender(
  text: string,
  entry: StoredRender,
  dir = renderStoreDir(),
  bundle: PostBundle | null = null,
): void {
  writeWhole(path.join(dir, `${renderKey(text, bundle)}.json`), JSON.stringify(entry))
}

/** Removes the entries of texts no longer given (old versions of posts); returns how many went. */
export function pruneRenderStore(keys: readonly string[], dir = renderStoreDir()): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  // The files kept beside the renders (lib/markdown/kept-files.ts) prune themselves.
  const kept = new Set([...keys.map((key) => `${key}.json`), ...KEPT_FILES])
  let removed = 0
  for (const name of names) {
    if (kept.has(name)) continue
    rmSync(path.join(dir, name), { force: true })
    removed += 1
  }
  return removed
}
