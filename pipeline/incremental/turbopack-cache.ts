// Turbopack's build cache (.next/cache/turbopack) helps the next build only when that build has the
// same base path: a build with another base path compiles almost everything again, and overwrites the
// cache with its own. A checkout that builds both ways (the blog at its domain root, the test blog
// under /blog, a Pages deploy under the repository's name) then compiles from scratch at every switch:
// 6–7 s instead of 2 s for the blog here.
//
// So the cache is kept per base path: before `next build`, the cache of the last build is parked under
// .next/cache/turbopack-kept/<key>/ and the one of this build's base path put back in its place (both
// are renames). A base path seen for the first time starts from a copy of the last build's cache, which
// still holds what does not depend on the base path (a third of the compile, here); the copy links the
// files Turbopack never changes once written, as Next does when it seeds a cache from another worktree.
//
// The choice only decides how much Turbopack can reuse: Turbopack checks every cached entry itself, so
// any cache here gives the same output, at worst as slowly as no cache.
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

/** Parked caches beyond this many (the least recently used first) are deleted: each holds 100 MB or more. */
export const KEPT_CACHES = 3

/** Files Turbopack writes once and never changes (its tables and blobs): linked, not copied. */
const WRITTEN_ONCE = /\.(sst|blob|meta|del)$/

/** The name of the cache for one build configuration. */
export function cacheKey(config: { basePath: string }): string {
  return createHash('sha256')
    .update(JSON.stringify({ basePath: config.basePath }))
    .digest('hex')
    .slice(0, 16)
}

/** A key as cacheKey writes it: anything else in the bookkeeping files is ignored, never used as a path. */
const KEY = /^[0-9a-f]{16}$/

/** The parked caches' keys, the most recently parked first. */
function readOrder(file: string): string[] {
  try {
    const order: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(order)
      ? order.filter((name): name is string => typeof name === 'string' && KEY.test(name))
      : []
  } catch {
    return []
  }
}

function copyLinking(from: string, to: string): void {
  if (lstatSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true })
    for (const name of readdirSync(from)) copyLinking(path.join(from, name), path.join(to, name))
  } else if (WRITTEN_ONCE.test(from)) linkSync(from, to)
  else copyFileSync(from, to)
}

/**
 * Puts the Turbopack cache of `key` in place under `root`/.next/cache (see above). Returns what it did,
 * for the build's log: 'same' (the cache in place is this key's), 'kept' (a parked one came back),
 * 'seeded' (a copy of the last one) or 'new' (no cache yet).
 */
export function switchTurbopackCache(root: string, key: string): 'same' | 'kept' | 'seeded' | 'new' {
  const cacheDir = path.join(root, '.next', 'cache')
  const active = path.join(cacheDir, 'turbopack')
  const keyFile = path.join(cacheDir, 'turbopack.key')
  const keptDir = path.join(cacheDir, 'turbopack-kept')
  const orderFile = path.join(cacheDir, 'turbopack-kept.json')
  const written = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : ''
  const activeKey = KEY.test(written) ? written : null
  const hasActive = existsSync(active)
  if (hasActive && activeKey === key) return 'same'
  mkdirSync(keptDir, { recursive: true })
  // A cache nobody named (one from before this scheme) is still the best start: it is copied, not
  // parked under a name that may not be its own.
  let seedFrom: string | null = null
  if (hasActive && activeKey !== null) {
    const parked = path.join(keptDir, activeKey)
    rmSync(parked, { recursive: true, force: true })
    renameSync(active, parked)
    seedFrom = parked
  } else if (hasActive) {
    seedFrom = path.join(keptDir, '.unnamed')
    rmSync(seedFrom, { recursive: true, force: true })
    renameSync(active, seedFrom)
  }
  rmSync(keyFile, { force: true })
  const mine = path.join(keptDir, key)
  let outcome: 'kept' | 'seeded' | 'new' = 'new'
  if (existsSync(mine)) {
    renameSync(mine, active)
    outcome = 'kept'
  } else if (seedFrom !== null) {
    const partial = `${active}.seeding`
    rmSync(partial, { recursive: true, force: true })
    copyLinking(seedFrom, partial)
    renameSync(partial, active)
    outcome = 'seeded'
  }
  rmSync(path.join(keptDir, '.unnamed'), { recursive: true, force: true })
  writeFileSync(keyFile, `${key}\n`)
  // The parked caches, the one parked just now first; the oldest beyond KEPT_CACHES go.
  const order = readOrder(orderFile).filter((name) => name !== key && name !== activeKey)
  if (activeKey !== null && hasActive) order.unshift(activeKey)
  const kept = order.slice(0, KEPT_CACHES)
  for (const name of readdirSync(keptDir))
    if (!kept.includes(name)) rmSync(path.join(keptDir, name), { recursive: true, force: true })
  writeFileSync(orderFile, `${JSON.stringify(kept)}\n`)
  return outcome
}
