import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, makeLeakingPublicDir, runScript } from '../scripts/test-support/temp-content'

const CONTENT = {
  "posts/2020-05-02-let's-go.md": '---\ntitle: 가 봅시다\n---\n\n따옴표가 든 파일 이름\n',
  'posts/2020-05-03-한글 제목.md': '---\ntitle: 한글 주소\n---\n\n본문\n',
  'posts/2020-05-04-draft.md': '---\ntitle: 초안\ndraft: true\n---\n\n본문\n',
}

function newOut(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
}

describe('npm run build: nothing dropped silently, nothing from outside', () => {
  const content = makeContent(CONTENT)
  const out = newOut()

  it('publishes a post whose file name holds an apostrophe, and counts posts in and out', () => {
    const result = runScript('build/index.ts', [], { CONTENT_DIR: content, OUT_DIR: out })
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain('✓ 글 파일 3개, 발행 2편 → 페이지 2, 피드 2/2, 검색 색인 2')
    expect(readFileSync(path.join(out, "let's-go/index.html"), 'utf8')).toContain('가 봅시다')
    expect(readFileSync(path.join(out, 'feed.json'), 'utf8')).toContain('가 봅시다')
    expect(readFileSync(path.join(out, 'search-index.json'), 'utf8')).toContain('가 봅시다')
  }, 600_000)

  it('names the file of a published post missing from the pages, the feed or the search index', () => {
    const damaged = newOut()
    cpSync(out, damaged, { recursive: true })
    rmSync(path.join(damaged, "let's-go"), { recursive: true })
    const index = JSON.parse(readFileSync(path.join(damaged, 'search-index.json'), 'utf8')) as {
      documents: { url: string }[]
    }
    index.documents = index.documents.filter((doc) => !doc.url.includes('%ED%95%9C') && !doc.url.includes('한글'))
    writeFileSync(path.join(damaged, 'search-index.json'), JSON.stringify(index))
    const result = runScript('build/inventory.ts', [damaged], { CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toContain("posts/2020-05-02-let's-go.md: 발행된 글 /let's-go/이(가) 페이지에 없습니다")
    expect(result.output).toContain('posts/2020-05-03-한글 제목.md: 발행된 글 /한글-제목/이(가) 검색 색인에 없습니다')
    expect(result.output).toContain('발행 2편 → 페이지 1, 피드 2/2, 검색 색인 1')
  })

  it('never copies a public folder that links outside the repository', () => {
    const extraPublic = makeLeakingPublicDir()
    const leakOut = newOut()
    const result = runScript('build/index.ts', [], {
      CONTENT_DIR: content,
      OUT_DIR: leakOut,
      EXTRA_PUBLIC_DIR: extraPublic,
    })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(
      /assets\/leak:1: file: \[오류\] 저장소 밖의 .* 가리키는 심볼릭 링크라 게시할 수 없습니다/,
    )
    expect(existsSync(path.join(leakOut, 'assets/leak/key.txt'))).toBe(false)
  })
})
