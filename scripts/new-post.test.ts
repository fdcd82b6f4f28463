import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from './test-support/temp-content'
import { parseFrontMatter } from '../lib/schema/front-matter'
import { buildNewPost, chooseSlug, suggestShortSlug } from './new-post'
import { validateContent } from '../lib/schema/validate-content'

const now = new Date('2026-11-24T16:30:00Z') // 2026-11-25 01:30 in Seoul

describe('buildNewPost', () => {
  it('names the file after today in Korea and the slug', () => {
    const post = buildNewPost({ title: 'Istio Ambient Mesh 후기', slug: 'istio-ambient', now, timeZone: 'Asia/Seoul' })
    expect(post.fileName).toBe('2026-11-25-istio-ambient.md')
    expect(post.slug).toBe('istio-ambient')
  })

  it('writes complete front matter that passes the content check, as a draft', () => {
    const post = buildNewPost({
      title: '"따옴표"와 콜론: 제목',
      author: 'seungpilpark',
      series: 'kubecon-na-2019',
      now,
      timeZone: 'Asia/Seoul',
    })
    const parsed = parseFrontMatter(post.text)
    expect(parsed.ok && parsed.value.data).toMatchObject({
      title: '"따옴표"와 콜론: 제목',
      date: '2026-11-25 01:30:00',
      author: 'seungpilpark',
      series: 'kubecon-na-2019',
      draft: true,
    })
    const diagnostics = validateContent({
      posts: [{ path: `content/posts/${post.fileName}`, text: post.text }],
      authors: [{ path: 'content/authors/seungpilpark.yml', text: 'name: 박승필\n' }],
      series: [{ path: 'content/series/kubecon-na-2019.yml', text: 'title: KubeCon\n' }],
    })
    expect(diagnostics).toEqual([])
  })

  it('writes every field an author should fill: description, tags, image and series as prompts', () => {
    const post = buildNewPost({ title: '서버리스 이미지 처리', slug: 'serverless-image', now, timeZone: 'Asia/Seoul' })
    expect(post.text).toContain('description: "" # 목록, 검색 결과, 공유 카드에 보일 한두 문장 요약')
    expect(post.text).toContain('tags: [] # 예: [aws, lambda, 서버리스]')
    expect(post.text).toContain(
      '# image: /assets/2026/serverless-image/cover.png # 커버 이미지: 파일을 public/assets/2026/serverless-image/에 두고 맨 앞 # 를 지우세요',
    )
    expect(post.text).toContain('# series: <content/series/의 id>')
    expect(post.text).toContain('![무엇을 보여 주는지](/assets/2026/serverless-image/그림.png)')
  })
})

describe('chooseSlug', () => {
  it('keeps the Latin words of a Korean title, never a romanisation', () => {
    expect(suggestShortSlug('AWS Lambda로 서버리스 이미지 처리')).toBe('aws-lambda')
    expect(suggestShortSlug('Next.js 16과 Node 20 업그레이드 후기, 그리고 Vitest Playwright')).toBe(
      'next.js-node-vitest-playwright',
    )
    expect(suggestShortSlug('서버리스 이미지 처리 파이프라인 구축기')).toBeNull()
    expect(chooseSlug('AWS Lambda로 서버리스 이미지 처리')).toEqual({ ok: true, slug: 'aws-lambda', suggested: true })
    expect(chooseSlug('Istio Ambient Mesh')).toEqual({ ok: true, slug: 'Istio-Ambient-Mesh', suggested: false })
    expect(chooseSlug('서버리스 이미지 처리', 'serverless-image')).toEqual({
      ok: true,
      slug: 'serverless-image',
      suggested: false,
    })
  })

  it('asks for --slug when a Korean title has no Latin word', () => {
    expect(chooseSlug('서버리스 이미지 처리 파이프라인 구축기')).toEqual({
      ok: false,
      message:
        '한글 제목에서 짧은 영문 주소를 만들 수 없습니다. --slug로 주소를 정해 주세요. 예: npm run new-post -- "서버리스 이미지 처리 파이프라인 구축기" --slug <영문-주소> (한글 주소를 그대로 쓰려면 --slug 서버리스-이미지-처리-파이프라인-구축기)',
    })
  })
})

describe('npm run new-post', () => {
  it('scaffolds a draft that passes npm run check with a short Latin slug, refuses to overwrite, and asks for --slug when it cannot make one', () => {
    const dir = makeContent({ 'authors/seungpilpark.yml': 'name: 박승필\n', 'series/kubecon.yml': 'title: KubeCon\n' })
    const created = runScript(
      'scripts/new-post.ts',
      ['AWS Lambda로 서버리스 이미지 처리', '--author', 'seungpilpark', '--series', 'kubecon'],
      { CONTENT_DIR: dir },
    )
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

  it('--folder makes the post a folder with index.md, for pictures kept beside it', () => {
    const dir = makeContent({})
    const created = runScript('scripts/new-post.ts', ['폴더 글', '--slug', 'folder-post', '--folder'], {
      CONTENT_DIR: dir,
    })
    expect(created.status, created.output).toBe(0)
    const [folder] = readdirSync(path.join(dir, 'posts'))
    expect(folder).toMatch(/^\d{4}-\d{2}-\d{2}-folder-post$/)
    expect(readdirSync(path.join(dir, 'posts', folder!))).toEqual(['index.md'])
    expect(created.output).toContain('그림은 이 폴더에 두고')
    const again = runScript('scripts/new-post.ts', ['폴더 글', '--slug', 'folder-post'], { CONTENT_DIR: dir })
    expect(again.status).toBe(1)
    expect(again.output).toContain(`주소 /folder-post/를 `)
    expect(again.output).toContain(`${folder}/index.md가 이미 씁니다`)
  })
})
