// The folder a build exports into before it is swapped into out/ (Next's distDir, see pipeline/index.ts).
// Turbopack keeps its build cache in .next/cache, keyed by that folder's path. Under one fixed name
// the next build of this checkout compiles from the cache (about a third of the compile time here);
// under a new name per build it wrote a cache of several hundred megabytes that nothing ever read.
// A second build running at the same time in the same checkout gets a folder of its own: correct,
// only without the cache.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'

export const STAGING_NAME = '.out-staging'

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Claims the fixed staging folder under `root` with a lock file naming this process, taking over a
 * lock whose process is gone. Returns the folder and `release`, which drops the lock (also done
 * when the process exits).
 */
export function claimStagingDir(root = process.cwd(), pid = process.pid): { dir: string; release: () => void } {
  const lock = path.join(root, `${STAGING_NAME}.lock`)
  const own = { dir: path.join(root, `${STAGING_NAME}-${pid}`), release: () => undefined }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(pid), { flag: 'wx' })
      const release = () => {
        try {
          if (readFileSync(lock, 'utf8') === String(pid)) rmSync(lock, { force: true })
        } catch {
          // already gone
        }
      }
      process.once('exit', release)
      return { dir: path.join(root, STAGING_NAME), release }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let holder = NaN
      try {
        holder = Number(readFileSync(lock, 'utf8'))
      } catch {
        // removed meanwhile: try again
      }
      if (isRunning(holder)) return own
      rmSync(lock, { force: true })
    }
  }
  return own
}

/** What Next's `clean` step leaves in `.next`: its compile cache, `next dev`'s folder, and its own bookkeeping. */
const NEXT_KEEPS = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace'])
export const SET_ASIDE_DIR = path.join('.cache', 'set-aside')

/**
 * Moves the last build's output out of `.next` (renames, instant) and deletes it in the background.
 * `next build` deletes it itself before compiling, synchronously: after a full build of 1,000 posts
 * that is thousands of prerendered files and 3.5 s in which nothing else happens. Folders set aside
 * by a build that was stopped before it finished deleting go too. Resolves when all are gone.
 */
export function setAsideNextOutput(root = process.cwd()): Promise<void> {
  const nextDir = path.join(root, '.next')
  const aside = path.join(root, SET_ASIDE_DIR)
  const mine = path.join(aside, `next-${process.pid}`)
  mkdirSync(mine, { recursive: true })
  let entries: string[] = []
  try {
    entries = readdirSync(nextDir)
  } catch {
    // no .next yet
  }
  for (const entry of entries) if (!NEXT_KEEPS.has(entry)) renameSync(path.join(nextDir, entry), path.join(mine, entry))
  return Promise.all(
    readdirSync(aside)
      .filter((name) => name === path.basename(mine) || !isRunning(Number(name.replace(/^next-/, ''))))
      .map((name) => rm(path.join(aside, name), { recursive: true, force: true })),
  ).then(() => undefined)
}
