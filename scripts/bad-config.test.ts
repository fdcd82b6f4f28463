import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tsxCommand } from '../pipeline/processes/commands'

/**
 * A maintainer's mistake in the configuration (an accent that is no colour in site.config.mjs, a
 * SITE_URL that is no address) is told in Korean, naming where it was written, by every command:
 * npm run check, build, dev and the preview server, with no Node stack trace. The commands run in a
 * copy of the project whose site.config.mjs has the mistake, as a maintainer's checkout would.
 */
const ROOT = process.cwd()
const COPIED = [
  'app',
  'components',
  'content',
  'lib',
  'pipeline',
  'public',
  'scripts',
  'tools',
  'contentlayer.config.ts',
  'next.config.js',
  'site.config.mjs',
  'tsconfig.json',
  'package.json',
]
/** A line of a Node stack trace, as printed under an uncaught error. */
const STACK_LINE = /^ {4}at /m

let project = ''

function run(script: string, env: Record<string, string> = {}, args: string[] = []) {
  const clean = { ...process.env }
  for (const name of ['SITE_URL', 'BASE_PATH', 'SITE_ACCENT', 'CONTENT_DIR', 'OUT_DIR', 'SITE_FEED_ID_BASE'])
    delete clean[name]
  const result = spawnSync(...tsxCommand(path.join(project, script), args, project), {
    cwd: project,
    encoding: 'utf8',
    env: { ...clean, ...env },
    timeout: 200_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'blog-bad-config-'))
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir')
  const configFile = path.join(project, 'site.config.mjs')
  const config = readFileSync(configFile, 'utf8')
  const broken = config.replace(/accent: '[^']*'/, "accent: 'blue'")
  expect(broken).not.toBe(config)
  writeFileSync(configFile, broken)
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('a bad accent colour in site.config.mjs', () => {
  const line = () =>
    readFileSync(path.join(project, 'site.config.mjs'), 'utf8')
      .split('\n')
      .findIndex((text) => text.includes("accent: 'blue'")) + 1
  const message =
    'site.config.mjs의 brand.accent="blue": 색은 #2449d8처럼 # 뒤에 16진수 여섯 자리(또는 세 자리)로 쓰세요.'

  it('npm run check names the file, line and field in Korean, exit 1, no stack trace', () => {
    const result = run('scripts/check-content.ts')
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toContain(`site.config.mjs:${line()}: brand.accent: [오류] ${message}`)
    expect(result.stderr).not.toMatch(STACK_LINE)
    expect(result.stdout).not.toMatch(STACK_LINE)
  })

  it('npm run build stops with the same message, exit 1, no stack trace', () => {
    const result = run('pipeline/index.ts')
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toContain(`site.config.mjs:${line()}: brand.accent: [오류] ${message}`)
    expect(result.stderr).toContain('✗ 빌드 실패')
    expect(result.stderr).not.toMatch(STACK_LINE)
    expect(result.stdout).not.toMatch(STACK_LINE)
  })

  it('npm run dev does not start, and says why', () => {
    const result = run('scripts/dev.ts')
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toContain(`✗ site.config.mjs: ${message}`)
    expect(result.stderr).toContain('개발 서버를 켜지 않았습니다')
    expect(result.stderr).not.toMatch(STACK_LINE)
  })
})

describe('a bad SITE_URL', () => {
  const message = 'SITE_URL "blog.example.com"는 절대 주소가 아닙니다. https://로 시작하는 주소를 쓰세요'

  it('npm run check, dev and the preview server say so in Korean, exit 1, no stack trace', () => {
    const check = run('scripts/check-content.ts', { SITE_URL: 'blog.example.com' })
    expect(check.status, check.stderr).toBe(1)
    expect(check.stderr).toContain(`(환경 변수):1: SITE_URL: [오류] ${message}`)
    const dev = run('scripts/dev.ts', { SITE_URL: 'blog.example.com' })
    expect(dev.status, dev.stderr).toBe(1)
    expect(dev.stderr).toContain(`✗ (환경 변수): ${message}`)
    const [node, args] = [process.execPath, [path.join(project, 'scripts/serve.mjs')]]
    const serve = spawnSync(node, args, {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'blog.example.com', PORT: '0' },
      timeout: 60_000,
    })
    expect(serve.status, serve.stderr).toBe(1)
    expect(serve.stderr).toContain(`✗ ${message}`)
    for (const output of [check.stderr, dev.stderr, serve.stderr]) expect(output).not.toMatch(STACK_LINE)
  })
})

describe('an edition in a language the interface has no words for', () => {
  it('npm run check names it, and what to add, in Korean, exit 1', () => {
    const editions = JSON.stringify([{ locale: 'ja-JP', path: 'ja', name: 'ブログ', description: '日本語の記事' }])
    const check = run('scripts/check-content.ts', { SITE_EDITIONS: editions })
    expect(check.status, check.stderr).toBe(1)
    expect(check.stderr).toContain(
      '(환경 변수):1: SITE_EDITIONS: [오류] SITE_EDITIONS의 0번째 판.locale "ja-JP": 언어 ja의 화면 문구 표가 없어 이 판을 만들지 않습니다. lib/i18n/messages.ts에 ja 표를 더하세요 (지금 있는 표: ko, en)',
    )
    expect(check.stderr).not.toMatch(STACK_LINE)
  })
})
