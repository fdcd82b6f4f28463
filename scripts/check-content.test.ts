import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, makeLeakingPublicDir, runScript } from './test-support/temp-content'

const AUTHOR = { 'authors/seungpilpark.yml': 'name: 박승필\n' }
const SERIES = { 'series/kubecon.yml': 'title: KubeCon\n' }
const ok = (name: string, extra = '') => ({ [`posts/${name}`]: `---\ntitle: 정상 글\n${extra}---\n본문\n` })

/** Each broken input: the files, the exit code and the line `npm run check` must print. */
const CASES: { name: string; files: Record<string, string>; status: number; expected: string }[] = [
  { name: 'YAML syntax error', files: { 'posts/2020-01-01-yaml.md': '---\ntitle: 제목\ntags: [a, b\n---\n' }, status: 1, expected: 'posts/2020-01-01-yaml.md:3: front matter: [오류] YAML 문법 오류' },
  { name: 'missing title', files: { 'posts/2020-01-01-no-title.md': '---\ndate: 2020-01-01\n---\n' }, status: 1, expected: 'posts/2020-01-01-no-title.md:1: title: [오류] 필수 항목 title이(가) 없습니다 (title: "..." 줄을 추가하세요)' },
  { name: 'empty title', files: { 'posts/2020-01-01-empty.md': '---\ntitle: ""\n---\n' }, status: 1, expected: 'posts/2020-01-01-empty.md:2: title: [오류] title이(가) 비어 있습니다' },
  { name: 'unparseable date', files: { 'posts/2020-01-01-date.md': '---\ntitle: 글\ndate: 2020-13-45\n---\n' }, status: 1, expected: 'posts/2020-01-01-date.md:3: date: [오류] 날짜를 읽을 수 없습니다' },
  { name: 'duplicate slug', files: { ...ok('2020-01-01-same.md'), ...ok('2021-01-01-same.md') }, status: 1, expected: 'posts/2021-01-01-same.md:1: file: [오류] 주소 /same/가' },
  { name: 'unknown series', files: { ...SERIES, ...ok('2020-01-01-s.md', 'series: nope\n') }, status: 1, expected: 'posts/2020-01-01-s.md:3: series: [오류] 시리즈 "nope"가 없습니다 (content/series/nope.yml을 만들거나 있는 시리즈 id를 쓰세요: kubecon)' },
  { name: 'series order clash', files: { ...SERIES, ...ok('2020-01-01-a.md', 'series: kubecon\nseriesOrder: 1\n'), ...ok('2020-01-02-b.md', 'series: kubecon\nseriesOrder: 1\n') }, status: 1, expected: 'posts/2020-01-02-b.md:4: seriesOrder: [오류] 시리즈 "kubecon"의 1번이' },
  { name: 'unknown author (warning)', files: { ...AUTHOR, ...ok('2020-01-01-a.md', 'author: 홍길동\n') }, status: 0, expected: 'posts/2020-01-01-a.md:3: author: [경고] 등록되지 않은 글쓴이 "홍길동"' },
  { name: 'tag spelled two ways (warning)', files: { ...ok('2020-01-01-a.md', 'tags: [AWS]\n'), ...ok('2020-01-02-b.md', 'tags: [AWS]\n'), ...ok('2020-01-03-c.md', 'tags: [aws]\n') }, status: 0, expected: 'posts/2020-01-03-c.md:3: tags: [경고] "aws"는 다른 글에서 "AWS"로 쓰였습니다' },
  { name: 'missing local image', files: { 'posts/2020-01-01-img.md': '---\ntitle: 글\n---\n\n![도표](/assets/nope.png)\n' }, status: 1, expected: 'posts/2020-01-01-img.md:5: body: [오류] 이미지 /assets/nope.png가 없습니다 (public/assets/nope.png 파일을 추가하거나 주소를 고치세요)' },
  { name: 'image without alt text (warning)', files: { 'posts/2020-01-01-alt.md': '---\ntitle: 글\n---\n\n![](https://example.com/a.png)\n' }, status: 0, expected: 'posts/2020-01-01-alt.md:5: body: [경고] 이미지 https://example.com/a.png에 대체 텍스트(alt)가 없습니다' },
]

describe('npm run check', () => {
  for (const c of CASES) {
    it(`${c.name}: exit ${c.status} and a precise Korean message`, () => {
      const dir = makeContent(c.files)
      const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
      expect(result.status, result.output).toBe(c.status)
      expect(result.output).toContain(c.expected)
    })
  }

  it('lists every problem of every file, not just the first', () => {
    const dir = makeContent({
      'posts/2020-01-01-a.md': '---\ndate: nope\n---\n',
      'posts/2020-01-02-b.md': '---\ntitle: ""\nseries: missing\n---\n',
    })
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    for (const expected of ['2020-01-01-a.md:1: title:', '2020-01-01-a.md:2: date:', '2020-01-02-b.md:2: title:', '2020-01-02-b.md:3: series:']) {
      expect(result.output).toContain(expected)
    }
    expect(result.output).toContain('오류 4개')
  })
})

describe('npm run check: inputs that used to vanish, take over a page or crash', () => {
  it('refuses every address the export already uses, naming the file, the field and the fix', () => {
    const taken = ['feed.xml', 'atom.xml', 'feed.json', 'robots.txt', 'search-index.json', 'sitemap.xml', 'index.html', '404.html', '_headers', 'tags.html', 'legacy-redirect.js', 'tags', 'categories', 'authors', 'series', 'archive', 'search', 'page', '_next', 'assets', 'icon.svg', '_not-found', 'OG']
    const files = Object.fromEntries(taken.map((name, i) => [`posts/2020-01-${String(i + 1).padStart(2, '0')}-${name}.md`, '---\ntitle: 글\n---\n본문\n']))
    files['posts/2020-02-01-free.md'] = '---\ntitle: 글\nslug: sitemap.xml\n---\n본문\n'
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: makeContent(files) })
    expect(result.status).toBe(1)
    taken.forEach((name, i) => {
      expect(result.output).toMatch(new RegExp(`posts/2020-01-${String(i + 1).padStart(2, '0')}-${name.replace('.', '\\.')}\\.md:1: file: \\[오류\\] 주소 /${name.replace('.', '\\.')}/는 .*\\(파일 이름의 날짜 뒤 부분을 바꾸거나 slug 항목으로 다른 주소를 정하세요\\)`))
    })
    expect(result.output).toContain('posts/2020-02-01-free.md:3: slug: [오류] 주소 /sitemap.xml/는 내보낸 사이트의 sitemap.xml(app/의 라우트)와 겹칩니다 (slug 항목에 다른 주소를 쓰세요)')
    expect(result.output).toContain('posts/2020-01-11-legacy-redirect.js.md:1: file: [오류] 주소 /legacy-redirect.js/는 내보낸 사이트의 legacy-redirect.js(public/의 파일)와 겹칩니다')
    expect(result.output).toContain(`오류 ${taken.length + 1}개`)
  })

  it("passes a post whose file name holds an apostrophe", () => {
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: makeContent({ "posts/2020-05-02-let's-go.md": '---\ntitle: 가자\n---\n본문\n' }) })
    expect(result.status, result.output).toBe(0)
  })

  it('refuses a post that is a symbolic link to a file outside the repository, and reports a link loop', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'blog-secret-'))
    writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: 비밀\n---\n비밀 본문\n')
    const content = makeContent({ 'posts/2020-01-01-ok.md': '---\ntitle: 글\n---\n본문\n' })
    symlinkSync(path.join(outside, 'secret.md'), path.join(content, 'posts/2020-01-02-leak.md'))
    symlinkSync('2020-01-03-loop.md', path.join(content, 'posts/2020-01-03-loop.md'))
    symlinkSync('.', path.join(content, 'posts/again'))
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/posts\/2020-01-02-leak\.md:1: file: \[오류\] 저장소 밖의 .*secret\.md을\(를\) 가리키는 심볼릭 링크라 게시할 수 없습니다 \(파일을 저장소 안으로 복사하고 링크를 지우세요\)/)
    expect(result.output).toContain('posts/2020-01-03-loop.md:1: file: [오류] 심볼릭 링크가 돌고 도는 고리를 이뤄 끝나지 않습니다')
    expect(result.output).toContain('posts/again:1: file: [오류] 폴더 심볼릭 링크가 자기를 품은 폴더를 가리켜 고리를 이룹니다')
    expect(result.output).not.toContain('ELOOP')
    expect(result.output).not.toMatch(/\n\s+at /)
  })

  it('refuses a folder of the public files that links outside the repository', () => {
    const publicDir = makeLeakingPublicDir()
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: makeContent({}), PUBLIC_DIR: publicDir })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/assets\/leak:1: file: \[오류\] 저장소 밖의 .* 가리키는 심볼릭 링크라 게시할 수 없습니다/)
  })

  it('turns a malformed cover URL and a series file with two YAML documents into messages', () => {
    const content = makeContent({
      'series/two.yml': 'title: 하나\n---\ntitle: 둘\n',
      'posts/2020-01-01-cover.md': '---\ntitle: 커버\nimage: "https://[::1/a.png"\n---\n본문\n',
    })
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toContain('posts/2020-01-01-cover.md:3: image: [오류] 커버 이미지 주소 "https://[::1/a.png"를 URL로 읽을 수 없습니다')
    expect(result.output).toContain('series/two.yml:2: yaml: [오류] 파일에 YAML 문서가 둘 이상 있습니다')
  })

  it('names the file and line of a list nested 5,000 levels deep instead of crashing', () => {
    const content = makeContent({ 'posts/2020-01-01-deep.md': `---\ntitle: 깊은 목록\n---\n\n첫 문단\n\n${'- '.repeat(5000)}끝\n` })
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toContain('posts/2020-01-01-deep.md:7: body: [오류] 본문의 목록이나 인용이 너무 깊게 중첩되어 있습니다 (최대 200단계)')
    expect(result.output).not.toContain('RangeError')
  })
})
