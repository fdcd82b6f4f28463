import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, makeLeakingPublicDir, runScript } from '../scripts/test-support/temp-content'

/** Every file of a folder and its bytes, to compare a whole export before and after. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
  return new Map(
    files
      .filter((file) => statSync(path.join(dir, file)).isFile())
      .map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]),
  )
}

function staleOut(): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
  mkdirSync(out)
  writeFileSync(path.join(out, 'index.html'), 'stale')
  return out
}

describe('npm run build', () => {
  it('--explain lists every stage with what it would do, and builds nothing', () => {
    const out = staleOut()
    const result = runScript('pipeline/index.ts', ['--explain'], { OUT_DIR: out })
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain('빌드 단계 18개')
    expect(result.output).toMatch(
      / 3\. Content check\n {4}읽음: .+\n {4}씀: .+\n {4}이번: 저장된 렌더가 없는 글 \d+개를 렌더합니다/,
    )
    // Full or partial from Contentlayer's last output; or, where that output names renders this
    // store lacks (the tests' store is not the build's), a plan left to the build, never a crash.
    expect(result.output).toMatch(/ 5\. Export plan\n[\s\S]*?이번: ((전체|부분) 빌드|빌드할 때 정합니다)/)
    expect(result.output).toContain('18. Publish')
    // Nothing built, nothing claimed: out/ is as it was.
    expect(readdirSync(out)).toEqual(['index.html'])
    expect(result.output).not.toContain('▶ Next.js static export')
  })

  it('stops at the content check and leaves the previous out/ as it was', () => {
    const content = makeContent({ 'posts/2020-01-01-broken.md': '---\ndate: 2020-01-01\n---\n' })
    const out = staleOut()
    const result = runScript('pipeline/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status).toBe(1)
    expect(result.output).toContain('2020-01-01-broken.md:1: title: [오류]')
    expect(result.output).toContain('/는 지난 빌드 그대로입니다')
    expect(readdirSync(out)).toEqual(['index.html'])
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('stale')
    expect(readdirSync('.').filter((name) => name.startsWith('.out-staging'))).toEqual([])
  })

  it('stops at the content check on a broken link or Hangul anchor, naming the Markdown line, in Korean', () => {
    const content = makeContent({
      'posts/2020-01-01-target.md': '---\ntitle: 대상 글\n---\n\n## 있는 제목\n\n본문\n',
      'posts/2020-01-02-links.md':
        '---\ntitle: 링크 글\n---\n\n[있는 제목](/target/#있는-제목) [없는 글](/no-such-post/) [없는 제목](/target/#없는-제목)\n',
    })
    const out = staleOut()
    const result = runScript('pipeline/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status, result.output).toBe(1)
    expect(result.output).toContain(
      'posts/2020-01-02-links.md:5: body: [오류] 링크 /no-such-post/가 가리키는 글이나 페이지가 없습니다',
    )
    expect(result.output).toContain(
      'posts/2020-01-02-links.md:5: body: [오류] 링크 /target/#없는-제목: 글 /target/에 #없는-제목 제목(id)이 없습니다',
    )
    expect(result.output).not.toContain('#있는-제목:')
    expect(result.output).toContain(
      '✗ 빌드 실패: 콘텐츠 검사에서 오류가 나왔습니다. 위에 나온 파일과 줄을 고친 뒤 npm run check로 확인하세요.',
    )
    expect(result.output).not.toContain('content check failed')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('stale')
  })

  it('never copies a public folder that links outside the repository', () => {
    const content = makeContent({ 'posts/2020-05-03-ok.md': '---\ntitle: 글\n---\n\n본문\n' })
    const out = staleOut()
    const result = runScript('pipeline/index.ts', [], {
      CONTENT_DIR: content,
      OUT_DIR: out,
      EXTRA_PUBLIC_DIR: makeLeakingPublicDir(),
    })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(
      /assets\/leak:1: file: \[오류\] 저장소 밖의 .* 가리키는 심볼릭 링크라 게시할 수 없습니다/,
    )
    expect(existsSync(path.join(out, 'assets/leak/key.txt'))).toBe(false)
  })

  it("maps the export's link check back to the Markdown line, and a build failing that late leaves the previous out/ whole", () => {
    const content = makeContent({
      'posts/2020-01-02-links.md': '---\ntitle: 링크 글\ntags: [aws]\n---\n\n첫 문단\n\n[있는 태그](/tags/aws/)\n',
    })
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
    const built = runScript('pipeline/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(built.status, built.output).toBe(0)
    const before = snapshot(out)
    expect(readFileSync(path.join(out, 'links/index.html'), 'utf8')).toContain('첫 문단')
    // Then an edit that only the export can refuse (a tag page that does not exist): a partial build,
    // whose staging folder holds links to the files of out/ when it fails.
    writeFileSync(
      path.join(content, 'posts/2020-01-02-links.md'),
      '---\ntitle: 링크 글\ntags: [aws]\n---\n\n고친 문단\n\n[있는 태그](/tags/aws/) [없는 태그](/tags/없는-태그/)\n',
    )
    const result = runScript('pipeline/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status, result.output).toBe(1)
    expect(result.output).toContain('깨진 내부 링크 1개')
    expect(result.output).toContain(
      'posts/2020-01-02-links.md:8: 링크 /tags/없는-태그/ — 가리키는 페이지나 파일이 없습니다 (내보낸 페이지 links/index.html)',
    )
    expect(result.output).toContain('✗ 빌드 실패: 깨진 내부 링크가 있습니다. 위에 나온 파일과 줄의 링크를 고치세요.')
    expect(result.output).not.toContain('broken internal links')
    // Every file of the previous build, byte for byte, and nothing of the failed one.
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(path.dirname(out))).toEqual(['out'])
    // Two whole builds: more than the default limit on a machine shared with other builds.
  }, 900_000)
})
