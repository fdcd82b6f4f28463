import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(path.join(tmpdir(), 'build-atomic-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('npm run build', () => {
  it('fails on an invalid post, names it, and leaves no out dir behind, not even an old one', () => {
    const contentDir = path.join(scratch, 'content')
    const outDir = path.join(scratch, 'out')
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true })
    writeFileSync(path.join(contentDir, 'posts', '2020-01-01-fine.md'), '---\ntitle: 멀쩡한 글\n---\n본문\n')
    writeFileSync(path.join(contentDir, 'posts', '2020-01-02-broken.md'), '---\ntitle: [닫히지 않은 목록\n---\n본문\n')
    // A previous successful build: it must not survive to be deployed as if it were current.
    mkdirSync(outDir)
    writeFileSync(path.join(outDir, 'index.html'), '<h1>어제 빌드</h1>')

    const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      encoding: 'utf8',
    })

    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('2020-01-02-broken.md:2: front matter: [오류] YAML 문법 오류')
    expect(run.stderr).toContain('빌드 실패')
    expect(existsSync(outDir)).toBe(false)
    expect(readdirSync(root).filter((name) => name.startsWith('.out-staging-'))).toEqual([])
  }, 60_000)
})
