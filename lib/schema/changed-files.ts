import { spawnSync } from 'node:child_process'

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
