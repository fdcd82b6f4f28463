import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from './test-support/temp-content'

describe('npm run new-post', () => {
  it('scaffolds a draft that passes npm run check, refuses to overwrite, and suggests an ASCII slug for Korean titles', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n', 'series/kubecon.yml': 'title: KubeCon\n' })
    const created = runScript('scripts/new-post.ts', ['쿠버네티스 도입기', '--author', 'seungpilpark', '--series', 'kubecon'], { CONTENT_DIR: dir })
    expect(created.status, created.output).toBe(0)
    expect(created.output).toContain('--slug kubeonetiseu-doipgi')
    const [file] = readdirSync(path.join(dir, 'posts'))
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-쿠버네티스-도입기\.md$/)
    const text = readFileSync(path.join(dir, 'posts', file!), 'utf8')
    expect(text).toContain('title: "쿠버네티스 도입기"')
    expect(text).toContain('draft: true')

    const check = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(check.status, check.output).toBe(0)
    expect(check.output).toContain('경고 0개')

    const again = runScript('scripts/new-post.ts', ['쿠버네티스 도입기'], { CONTENT_DIR: dir })
    expect(again.status).toBe(1)
    expect(again.output).toContain('이미 있습니다. 덮어쓰지 않습니다.')
  })

  it('refuses an unknown author or series and says which exist', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n' })
    const result = runScript('scripts/new-post.ts', ['제목', '--slug', 'x', '--author', 'nobody'], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    expect(result.output).toContain('글쓴이 "nobody"가 없습니다. 있는 id: seungpilpark')
    expect(readdirSync(path.join(dir, 'posts'))).toEqual([])
  })
})
