import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent } from '../scripts/test-support/temp-content'
import { tsxCommand } from './processes/commands'

/** Processes whose environment carries `mark`: the build and everything it started. */
function processesMarked(mark: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`BUILD_TEST_MARK=${mark}`)
      } catch {
        return false
      }
    })
    .map(Number)
}

/** A deployed site the interrupted build must leave exactly as it was. */
function deployedOut(): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
  mkdirSync(out)
  writeFileSync(path.join(out, 'index.html'), 'the last good build')
  return out
}

/** Starts a build as `command` and resolves once it prints `marker` (the stage that must be interrupted). */
function startBuild(
  command: string,
  args: string[],
  env: Record<string, string>,
  marker: string,
): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (output.includes(marker)) resolve(child)
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.on('exit', (code) => reject(new Error(`the build ended (${code}) before "${marker}":\n${output}`)))
  })
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

/** Resolves once `condition` holds; the test's own timeout bounds the wait. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 200))
}

const noneLeft = (mark: string) => until(() => processesMarked(mark).length === 0)

const CONTENT = { 'posts/2020-01-01-hello.md': '---\ntitle: 안녕\n---\n\n본문\n' }

describe('npm run build, interrupted', () => {
  it('stops next build and every other child on SIGTERM, and leaves out/ as it was', async () => {
    const mark = randomUUID()
    const out = deployedOut()
    const env = { CONTENT_DIR: makeContent(CONTENT), OUT_DIR: out, BUILD_TEST_MARK: mark }
    // Started as `npm run build` starts it (tsx's own command line would stand between, and on a busy
    // machine it answers a SIGTERM its child has not yet acknowledged with SIGKILL).
    const build = await startBuild(...tsxCommand('pipeline/index.ts'), env, '▶ Next.js static export')
    // Next itself is running: its process names itself `next-build`.
    await until(() =>
      processesMarked(mark).some((pid) => /^next-build\b|next\/dist\/bin\/next\0build/.test(commandLine(pid))),
    )
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)))
    build.kill('SIGTERM')
    expect(await exited).not.toBe(0)
    // The build waits for its children before it exits: nothing of it is left at that moment.
    expect(processesMarked(mark)).toEqual([])
    expect(readdirSync(out)).toEqual(['index.html'])
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last good build')
    expect(readdirSync('.').filter((name) => name.startsWith('.out-staging'))).toEqual([])
  })

  it('leaves no Contentlayer running when the content check fails', async () => {
    const mark = randomUUID()
    const content = makeContent({
      ...CONTENT,
      'posts/2020-01-02-deep.md': `---\ntitle: 깊은 목록\n---\n\n${'- '.repeat(5000)}끝\n`,
    })
    const build = spawn(...tsxCommand('pipeline/index.ts'), {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: deployedOut(), BUILD_TEST_MARK: mark },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    build.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    build.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => build.on('exit', resolve))
    expect(code, output).toBe(1)
    expect(output).toContain('posts/2020-01-02-deep.md:5: body: [오류]')
    expect(processesMarked(mark)).toEqual([])
  })

  it('stops when the npm process that started it is killed, and leaves out/ as it was', async () => {
    const mark = randomUUID()
    const out = deployedOut()
    const env = { CONTENT_DIR: makeContent(CONTENT), OUT_DIR: out, BUILD_TEST_MARK: mark }
    const npm = await startBuild('npm', ['run', 'build'], env, '▶ Contentlayer')
    npm.kill('SIGKILL')
    await noneLeft(mark)
    expect(readdirSync(out)).toEqual(['index.html'])
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the last good build')
  })
})
