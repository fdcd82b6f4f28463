// Every cache the build keeps between runs, in one list: where it lives, exactly what its key
// covers, and who owns it. Each cache checks its own key, so a stale entry is never used, only
// left on disk; `npm run clean` deletes them all (the next build is then a cold one, and correct).
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { diagramCacheDir } from '../../lib/markdown/diagrams'
import { renderStoreDir } from '../../lib/markdown/render-store'
import { cardCacheDir } from '../stages/social-images'
import { FONT_CACHE_DIR } from '../stages/font'
import { MANIFEST_DIR } from './partial-export'
import { SET_ASIDE_DIR, STAGING_NAME } from './staging'

export interface CacheEntry {
  name: string
  /** The folder, from the project's root (or absolute, where an environment variable moved it). */
  dir: (root: string) => string
  /** What an entry's key covers: a change in anything else leaves the entry valid. */
  key: string
  /** The module that reads and writes it. */
  owner: string
}

export const CACHES: readonly CacheEntry[] = [
  {
    name: 'Markdown renders',
    dir: () => renderStoreDir(),
    key: 'the post file’s text; the code of lib/markdown and lib/schema; the locked packages; the old blog’s origins; the public folders; each picture the post shows (size and time)',
    owner: 'lib/markdown/render-store.ts (written by the content check, read by Contentlayer and the pages)',
  },
  {
    name: 'Body outlines',
    dir: () => renderStoreDir(),
    key: 'per post or page: its text; for the file: the parser’s fingerprint',
    owner: 'lib/markdown/outline-store.ts (outlines.json beside the renders)',
  },
  {
    name: 'Contentlayer documents',
    dir: (root) => path.join(root, '.contentlayer', '.cache'),
    key: 'Contentlayer’s own (each file and the config), plus the site’s pictures and the Markdown pipeline (cache-key.txt)',
    owner: 'contentlayer2; pipeline/incremental/contentlayer-cache.ts drops it when the pictures or pipeline change',
  },
  {
    name: 'Next.js and Turbopack',
    dir: (root) => path.join(root, '.next', 'cache'),
    key: 'Turbopack’s own (it checks every entry it reads)',
    owner: 'next build',
  },
  {
    name: 'Export manifests',
    dir: (root) => path.join(root, MANIFEST_DIR),
    key: 'per export folder: the code, configuration and environment, non-post content, and each published document (full and card fingerprints)',
    owner: 'pipeline/incremental/partial-export.ts (decides full or partial builds)',
  },
  {
    name: 'Social cards',
    dir: () => cardCacheDir(),
    key: 'per card: the title, site name and date shown, and the renderer’s code, packages and font',
    owner: 'pipeline/stages/social-images.ts',
  },
  {
    name: 'Font subset',
    dir: (root) => path.join(root, FONT_CACHE_DIR),
    key: 'every character the content and templates show; the font’s and the subsetter’s versions',
    owner: 'pipeline/stages/font.ts',
  },
  {
    name: 'Mermaid diagrams',
    dir: () => diagramCacheDir(),
    key: 'per diagram: its source and the renderer’s version',
    owner: 'lib/markdown/diagrams.ts',
  },
]

/** What a build leaves behind only when it was stopped: not caches, but cleaned with them. */
const LEFTOVERS = (root: string) => [path.join(root, SET_ASIDE_DIR), path.join(root, STAGING_NAME)]

/** Deletes every cache and leftover; returns the folders that were there. */
export function clearCaches(root = process.cwd()): string[] {
  const dirs = [...new Set([...CACHES.map((cache) => cache.dir(root)), ...LEFTOVERS(root)])]
  const removed = dirs.filter((dir) => existsSync(dir))
  for (const dir of removed) rmSync(dir, { recursive: true, force: true })
  return removed
}
