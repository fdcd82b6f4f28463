import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from './test-support/temp-content'

describe('npm run new-post', () => {
  it('scaffolds a draft that passes npm run check with a short Latin slug, refuses to overwrite, and asks for --slug when it cannot make one', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n', 'series/kubecon.yml': 'title: KubeCon\n' })
    const created = runScript('scripts/new-post.ts', ['AWS Lambda로 서버리스 이미지 처리', '--author', 'seungpilpark', '--series', 'kubecon'], { CONTENT_DIR: dir })
    expect(created.status, created.output).toBe(0)
    expect(created.output).toContain('주소 /aws-lambda/는 제목의 영문 단어로 정했습니다')
    expect(created.output).toContain('git add content public')
    const [file] = readdirSync(path.join(dir, 'posts'))
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-aws-lambda\.md$/)
    const text = readFileSync(path.join(dir, 'posts', file!), 'utf8')
    expect(text).toContain('title: "AWS Lambda로 서버리스 이미지 처리"')
    expect(text).toContain('draft: true')
    for (const field of ['description:', 'tags:', '# image:', 'series: kubecon']) expect(text).toContain(field)

    const check = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(check.status, check.output).toBe(0)
    expect(check.output).toContain('경고 0개')

    const again = runScript('scripts/new-post.ts', ['AWS Lambda로 서버리스 이미지 처리'], { CONTENT_DIR: dir })
    expect(again.status).toBe(1)
    expect(again.output).toContain('이미 있습니다. 덮어쓰지 않습니다.')

    const korean = runScript('scripts/new-post.ts', ['서버리스 이미지 처리 파이프라인 구축기'], { CONTENT_DIR: dir })
    expect(korean.status).toBe(1)
    expect(korean.output).toContain('✗ 한글 제목에서 짧은 영문 주소를 만들 수 없습니다. --slug로 주소를 정해 주세요.')
    expect(korean.output).not.toContain('seobeoriseu')
    expect(readdirSync(path.join(dir, 'posts'))).toHaveLength(1)
  })

  it('refuses an unknown author or series and says which exist', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n' })
    const result = runScript('scripts/new-post.ts', ['제목', '--slug', 'x', '--author', 'nobody'], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    expect(result.output).toContain('글쓴이 "nobody"가 없습니다. 있는 id: seungpilpark')
    expect(readdirSync(path.join(dir, 'posts'))).toEqual([])
  })
})
