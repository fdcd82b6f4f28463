import { spawnSync } from 'node:child_process'
import path from 'node:path'

function git(args: string[], cwd: string): string | null {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8' })
  return result.status === 0 ? result.stdout : null
}

/**
 * The files this branch changed against the main branch, as paths relative to `cwd`: committed
 * since the merge base with `main` (or `origin/main`), edited but not committed, and new files
 * git does not know yet. Null when that cannot be told: no git, not a repository, no main branch.
 */
export function changedFiles(cwd = process.cwd(), bases = ['main', 'origin/main']): Set<string> | null {
  if (git(['rev-parse', '--is-inside-work-tree'], cwd)?.trim() !== 'true') return null
  let base: string | null = null
  for (const ref of bases) {
    base = git(['merge-base', 'HEAD', ref], cwd)?.trim() || null
    if (base !== null) break
  }
  if (base === null) return null
  const diff = git(['diff', '--name-only', '--relative', '-z', base], cwd)
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], cwd)
  if (diff === null || untracked === null) return null
  return new Set(
    [...diff.split('\0'), ...untracked.split('\0')].filter((file) => file !== '').map((file) => file.normalize('NFC')),
  )
}

/**
 * When git last saw each of `files` change (ISO 8601, the commit's date), as the history of the
 * repository `cwd` is in records it; a file with no commit, or no git at all, is left out. One `git
 * log` for all of them, so a blog with many translations asks git once.
 */
export function lastCommitDates(files: readonly string[], cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>()
  if (files.length === 0) return dates
  // The repository the files are in (a blog's content may be a checkout of its own).
  const root = git(['rev-parse', '--show-toplevel'], path.dirname(path.resolve(cwd, files[0]!)))?.trim()
  if (root === undefined || root === '') return dates
  const wanted = new Map(files.map((file) => [path.relative(root, path.resolve(cwd, file)).normalize('NFC'), file]))
  // Newest commit first; a file's first appearance is its last change. Renames count as changes.
  const log = git(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', ...wanted.keys()], root)
  if (log === null) return dates
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...names] = commit.split('\n')
    for (const name of names) {
      const file = wanted.get(name.normalize('NFC'))
      if (file !== undefined && !dates.has(file)) dates.set(file, date.trim())
    }
  }
  return dates
}
