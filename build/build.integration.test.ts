import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from '../scripts/test-support/temp-content'

function staleOut(): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
  mkdirSync(out)
  writeFileSync(path.join(out, 'index.html'), 'stale')
  return out
}

describe('npm run build', () => {
  it('stops at the content check and leaves no out/ to deploy', () => {
    const content = makeContent({ 'posts/2020-01-01-broken.md': '---\ndate: 2020-01-01\n---\n' })
    const out = staleOut()
    const result = runScript('build/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status).toBe(1)
    expect(result.output).toContain('2020-01-01-broken.md:1: title: [오류]')
    expect(existsSync(out)).toBe(false)
    expect(readdirSync('.').filter((name) => name.startsWith('.out-staging-'))).toEqual([])
  })

  it('fails on a broken internal link and a broken Hangul anchor, listing page, link and reason', () => {
    const content = makeContent({
      'posts/2020-01-01-target.md': '---\ntitle: 대상 글\n---\n\n## 있는 제목\n\n본문\n',
      'posts/2020-01-02-links.md': '---\ntitle: 링크 글\n---\n\n[있는 제목](/target/#있는-제목) [없는 글](/no-such-post/) [없는 제목](/target/#없는-제목)\n',
    })
    const out = staleOut()
    const result = runScript('build/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status, result.output).toBe(1)
    expect(result.output).toContain('깨진 내부 링크 2개')
    expect(result.output).toContain('links/index.html: /no-such-post/ — 가리키는 페이지나 파일이 없습니다')
    expect(result.output).toContain('links/index.html: /target/#없는-제목 — 페이지 target/index.html에 id "없는-제목"가 없습니다')
    expect(result.output).not.toContain('#있는-제목 —')
    expect(existsSync(out)).toBe(false)
    // A whole build: more than the default limit on a machine shared with other builds.
  }, 600_000)
})
