import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { tsxCommand } from '../../pipeline/processes/commands'

/** Writes a throw-away content folder: `{ 'posts/x.md': '...', 'authors/a.yml': '...' }`. */
export function makeContent(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-content-'))
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  for (const sub of ['posts', 'authors', 'series']) mkdirSync(path.join(dir, sub), { recursive: true })
  return dir
}

/** Runs an npm script of this repository as an author would, with extra environment. */
export function runScript(script: string, args: string[], env: Record<string, string>, cwd?: string) {
  const result = spawnSync(...tsxCommand(path.resolve(script), args), {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd,
  })
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  }
}

/** A public folder whose `assets/leak` is a symlink to a folder outside the repository holding a secret file. */
export function makeLeakingPublicDir(): string {
  const outside = mkdtempSync(path.join(tmpdir(), 'blog-secret-'))
  writeFileSync(path.join(outside, 'key.txt'), 'secret key')
  const publicDir = mkdtempSync(path.join(tmpdir(), 'blog-public-'))
  mkdirSync(path.join(publicDir, 'assets'))
  symlinkSync(outside, path.join(publicDir, 'assets', 'leak'))
  return publicDir
}

/**
 * `npm run check` in this process: the same function the command runs (pipeline/stages/content-check.ts),
 * with `env` set for the call and the console captured. It spares the table-driven tests a Node
 * start and a TypeScript load per case; the command itself is spawned by the tests that need its
 * own working folder, arguments or exit code.
 */
export async function runCheck(env: Record<string, string>) {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]))
  const lines: string[] = []
  const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
  const original = { log: console.log, warn: console.warn, error: console.error }
  Object.assign(process.env, env)
  Object.assign(console, { log: capture, warn: capture, error: capture })
  try {
    const { runContentCheck } = await import('../../pipeline/stages/content-check')
    const { errors } = await runContentCheck()
    return { status: errors.length > 0 ? 1 : 0, output: lines.join('\n') }
  } finally {
    Object.assign(console, original)
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
